package org.caseworkportal.people.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseworkportal.people.settings.SettingsPagesIntegrationTest.rowsOf;

import java.util.List;
import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.people.ListedPerson;
import org.caseworkportal.people.NewChild;
import org.caseworkportal.people.NewSetting;
import org.caseworkportal.people.People;
import org.caseworkportal.people.SettingId;
import org.caseworkportal.people.TestSchools;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who belongs to a setting: officers list people, administrators add and remove members. When a
 * teacher leaves, removing them ends what they see and leaves the school's children and work where
 * they were.
 */
class SettingMembersIntegrationTest extends PortalVisitorTest {

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	NewSetting school;

	SettingId schoolId;

	String settingPage;

	@BeforeEach
	void aSchool() {
		school = TestSchools.aSchool();
		schoolId = people.addSetting(school);
		settingPage = "/staff/settings/" + schoolId.value();
	}

	@Test
	void officerListsSomeoneWhoIsToldHowToRegister() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		String email = TestSchools.uniqueEmail("senco");

		var listed = visitor.submit(settingPage + "/listed-people/new", settingPage + "/listed-people/new",
				Map.of("forename", "Lee", "surname", "Senco", "email", email, "jobTitle", "SENCo"));

		assertThat(listed.redirectPath()).isEqualTo(settingPage);
		Document page = visitor.get(settingPage).document();
		assertThat(page.select(".govuk-notification-banner").text()).contains("Lee Senco has been listed.");
		assertThat(rowsOf(page, "listed")).contains(List.of("Lee Senco", email, "SENCo"));
		var invitation = new DemoMailboxMessages(jdbc).awaitListingTo(email);
		assertThat(invitation.body()).contains("has listed you as SENCo for " + school.name());
	}

	@Test
	void listingFormSuggestsDesignatedTeacherAndNamesWhatIsMissing() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		assertThat(visitor.get(settingPage + "/listed-people/new").document().select("input[name=jobTitle]").val())
			.isEqualTo("Designated Teacher");

		Document page = visitor.submit(settingPage + "/listed-people/new", settingPage + "/listed-people/new",
				Map.of("forename", "", "surname", "", "email", "lee@", "jobTitle", "")).document();

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter their first name",
				"Enter their last name", "Enter an email address in the correct format, like name@school.example",
				"Enter their job title");
	}

	@Test
	void anAddressAlreadyListedOrAlreadyAMemberIsNotListedAgain() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		String memberEmail = TestSchools.uniqueEmail("member");
		people.addToSetting(accounts.open(TestSchools.aProfessional(memberEmail), TestSchools.PASSWORD), schoolId,
				"Designated Teacher");

		Document nominatedAgain = visitor.submit(settingPage + "/listed-people/new", settingPage + "/listed-people/new",
				Map.of("forename", "Pep", "surname", "Office", "email", school.nominatedEmail(), "jobTitle", "Office"))
			.document();
		Document memberAgain = visitor.submit(settingPage + "/listed-people/new", settingPage + "/listed-people/new",
				Map.of("forename", "Tess", "surname", "Again", "email", memberEmail, "jobTitle", "Teacher"))
			.document();

		assertThat(nominatedAgain.select(".govuk-error-summary a").eachText())
			.containsExactly(school.nominatedEmail() + " is already listed for " + school.name());
		assertThat(memberAgain.select(".govuk-error-summary a").text())
			.endsWith(" is already a member of " + school.name());
	}

	@Test
	void administratorAddsAnExistingProfessionalAsAMember() {
		String email = TestSchools.uniqueEmail("moved.school");
		NewAccount professional = TestSchools.aProfessional(email);
		accounts.open(professional, TestSchools.PASSWORD);
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		var added = visitor.submit(settingPage + "/members/new", settingPage + "/members/new",
				Map.of("email", email.toUpperCase(), "jobTitle", "Designated Teacher"));

		assertThat(added.redirectPath()).isEqualTo(settingPage);
		Document page = visitor.get(settingPage).document();
		String name = professional.forename() + " " + professional.surname();
		assertThat(page.select(".govuk-notification-banner").text()).contains(name + " is now a member of " + school.name());
		assertThat(rowsOf(page, "members")).containsExactly(List.of(name, email, "Designated Teacher"));
	}

	@Test
	void onlyAProfessionalAccountCanBeAddedAsAMember() {
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		Document unknown = visitor.submit(settingPage + "/members/new", settingPage + "/members/new",
				Map.of("email", TestSchools.uniqueEmail("nobody"), "jobTitle", "Teacher")).document();
		Document parent = visitor.submit(settingPage + "/members/new", settingPage + "/members/new",
				Map.of("email", DemoSignIns.PARENT, "jobTitle", "Teacher")).document();

		assertThat(unknown.select(".govuk-error-summary a").eachText())
			.containsExactly("There is no professional account with this email address");
		assertThat(parent.select(".govuk-error-summary a").eachText())
			.containsExactly("There is no professional account with this email address");
		assertThat(visitor.get(settingPage).document().text()).contains("No one is a member yet.");
	}

	@Test
	void administratorRemovesATeacherWhoLeft_whoNoLongerSeesTheChildren_whileTheSchoolKeepsThem() {
		NewChild child = TestSchools.aChildAt(schoolId);
		people.addChild(child);
		String childName = child.forename() + " " + child.surname();
		String leaverEmail = TestSchools.uniqueEmail("leaver");
		NewAccount leaver = TestSchools.aProfessional(leaverEmail);
		AccountId leaverId = accounts.open(leaver, TestSchools.PASSWORD);
		people.addToSetting(leaverId, schoolId, "Designated Teacher");
		String stayerEmail = TestSchools.uniqueEmail("stayer");
		people.addToSetting(accounts.open(TestSchools.aProfessional(stayerEmail), TestSchools.PASSWORD), schoolId, "SENCo");
		var leaversBrowser = new PortalVisitor(port);
		leaversBrowser.signIn(leaverEmail, TestSchools.PASSWORD);
		assertThat(childrenSeenBy(leaversBrowser)).containsExactly(childName);
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);
		String leaverName = leaver.forename() + " " + leaver.surname();

		String removePage = visitor.get(settingPage).document().select("a:contains(Remove " + leaverName + ")").attr("href");
		Document confirmation = visitor.get(removePage).document();
		assertThat(confirmation.select("h1").text()).isEqualTo("Remove " + leaverName + " from " + school.name() + "?");
		assertThat(confirmation.text()).contains("The school's work stays with the school.");
		var removed = visitor.submit(removePage, removePage, Map.of());

		assertThat(removed.redirectPath()).isEqualTo(settingPage);
		Document page = visitor.get(settingPage).document();
		assertThat(page.select(".govuk-notification-banner").text())
			.contains(leaverName + " has been removed from " + school.name());
		assertThat(rowsOf(page, "members")).extracting(row -> row.get(1)).containsExactly(stayerEmail);
		assertThat(childrenSeenBy(leaversBrowser)).isEmpty();
		var stayersBrowser = new PortalVisitor(port);
		stayersBrowser.signIn(stayerEmail, TestSchools.PASSWORD);
		assertThat(childrenSeenBy(stayersBrowser)).containsExactly(childName);
	}

	@Test
	void officerCannotRemoveOrAddMembersOrUnlistAnyone() {
		AccountId member = accounts.open(TestSchools.aProfessional(TestSchools.uniqueEmail("member")), TestSchools.PASSWORD);
		people.addToSetting(member, schoolId, "Designated Teacher");
		String removePage = settingPage + "/members/" + member.value() + "/remove";
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		Document page = visitor.get(settingPage).document();
		assertThat(page.select("a:contains(Remove)")).isEmpty();
		assertThat(page.select("a:contains(Add a member), button:contains(Unlist)")).isEmpty();
		assertThat(visitor.get(removePage).status()).isEqualTo(403);
		assertThat(visitor.submit(settingPage, removePage, Map.of()).status()).isEqualTo(403);
		assertThat(visitor.get(settingPage + "/members/new").status()).isEqualTo(403);
		assertThat(visitor.submit(settingPage, settingPage + "/members/new",
				Map.of("email", DemoSignIns.OAKFIELD_TEACHER, "jobTitle", "Teacher")).status()).isEqualTo(403);
		assertThat(visitor.submit(settingPage, settingPage + "/listed-people/remove",
				Map.of("email", school.nominatedEmail())).status()).isEqualTo(403);
		assertThat(rowsOf(visitor.get(settingPage).document(), "members")).hasSize(1);
		assertThat(rowsOf(visitor.get(settingPage).document(), "listed")).hasSize(1);
	}

	@Test
	void administratorUnlistsAnAddress() {
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		var unlisted = visitor.submit(settingPage, settingPage + "/listed-people/remove",
				Map.of("email", school.nominatedEmail()));

		assertThat(unlisted.redirectPath()).isEqualTo(settingPage);
		Document page = visitor.get(settingPage).document();
		assertThat(page.select(".govuk-notification-banner").text()).contains(school.nominatedEmail() + " is no longer listed.");
		assertThat(page.text()).contains("No one is waiting to register.");
	}

	@Test
	void listedAddressThatAlreadyHasAnAccountIsMarked_andAnAdministratorAddsItInOneStep() {
		String email = TestSchools.uniqueEmail("registered.first");
		accounts.open(TestSchools.aProfessional(email), TestSchools.PASSWORD);
		people.listPerson(schoolId, new ListedPerson(email, "Reg", "First", "Designated Teacher"));
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		Document page = visitor.get(settingPage).document();
		var row = page.select("table[aria-labelledby=listed] tr:contains(" + email + ")");
		assertThat(row.select(".govuk-tag").text()).isEqualTo("Already registered");
		assertThat(visitor.submit(settingPage, settingPage + "/members/new",
				Map.of("email", row.select("input[name=email]").first().val(),
						"jobTitle", row.select("input[name=jobTitle]").val()))
			.redirectPath()).isEqualTo(settingPage);

		Document after = visitor.get(settingPage).document();
		assertThat(rowsOf(after, "members")).extracting(member -> member.subList(1, 3))
			.containsExactly(List.of(email, "Designated Teacher"));
		assertThat(after.select("table[aria-labelledby=listed]").text()).doesNotContain(email);
	}

	@Test
	void unknownSettingIsNotFound() {
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/staff/settings/" + Long.MAX_VALUE).status()).isEqualTo(404);
		assertThat(visitor.get(settingPage + "/members/" + Long.MAX_VALUE + "/remove").status()).isEqualTo(404);
	}

	private static List<String> childrenSeenBy(PortalVisitor professional) {
		return professional.get("/professional").document().select("tbody th").eachText();
	}

}
