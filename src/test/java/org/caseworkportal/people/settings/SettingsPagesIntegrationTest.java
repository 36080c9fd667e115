package org.caseworkportal.people.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.Portal;
import org.caseworkportal.people.NewChild;
import org.caseworkportal.people.People;
import org.caseworkportal.people.SettingId;
import org.caseworkportal.people.TestSchools;
import org.caseworkportal.people.TestVerification;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Virtual School officers add schools and colleges with their Designated Teachers, and find them again. */
class SettingsPagesIntegrationTest extends PortalVisitorTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	DemoMailboxMessages mailbox;

	@BeforeEach
	void mailbox() {
		mailbox = new DemoMailboxMessages(jdbc);
	}

	@Test
	void officerAddsASchoolWithItsDesignatedTeacher_andBothAddressesAreToldHowToRegister() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		Map<String, String> form = aValidForm();

		var added = visitor.submit("/staff/settings/new", "/staff/settings/new", form);

		assertThat(added.redirectPath()).matches("/staff/settings/\\d+");
		Document page = visitor.get(added.redirectPath()).document();
		assertThat(page.select("h1").text()).isEqualTo(form.get("name"));
		assertThat(page.select(".govuk-notification-banner").text()).contains(form.get("name") + " has been added.",
				form.get("teacherEmail"), form.get("nominatedEmail"));
		assertThat(page.select(".govuk-summary-list").text()).contains(form.get("urn"), "Secondary",
				form.get("nominatedEmail"));
		assertThat(page.text()).contains("No one is a member yet.");
		assertThat(rowsOf(page, "listed")).containsExactlyInAnyOrder(
				List.of("Dana Example", form.get("teacherEmail"), "Designated Teacher"),
				List.of("No name given", form.get("nominatedEmail"), "Nominated email"));

		var teachersEmail = mailbox.awaitListingTo(form.get("teacherEmail"));
		assertThat(teachersEmail.subject()).isEqualTo("You have been listed for " + form.get("name"));
		assertThat(teachersEmail.body()).startsWith("Dear Dana Example,")
			.contains("Demo Borough Council has listed you as Designated Teacher for " + form.get("name"))
			.contains("register with this email address:\nhttp://localhost:8080/register/professional")
			.contains("Never share your password");
		var nominatedEmail = mailbox.awaitListingTo(form.get("nominatedEmail"));
		assertThat(nominatedEmail.body()).startsWith("Hello,")
			.contains("has listed this address as the nominated email for " + form.get("name"))
			.contains("http://localhost:8080/register/professional");
	}

	@Test
	void addedSchoolIsListedWithItsNominatedEmailAndFoundBySearch() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		Map<String, String> form = aValidForm();
		visitor.submit("/staff/settings/new", "/staff/settings/new", form);

		Document byUrn = visitor.get("/staff/settings?search=" + form.get("urn")).document();

		assertThat(byUrn.select("tbody tr")).hasSize(1);
		assertThat(byUrn.select("tbody tr").get(0).select("th, td").eachText())
			.containsExactly(form.get("name"), form.get("urn"), "Secondary", form.get("nominatedEmail"), "0");
		assertThat(visitor.get("/staff/settings?search=OAKFIELD").document().select("tbody th").eachText())
			.containsExactly("Oakfield Demo Primary School");
		assertThat(visitor.get("/staff/settings?search=no+such+school").document().text())
			.contains("No schools or colleges match ‘no such school’.");
	}

	@Test
	void emptyFormNamesEveryAnswerItNeeds_andSavesNothing() {
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);
		long settingsBefore = settingCount();

		var refused = visitor.submit("/staff/settings/new", "/staff/settings/new", Map.of());

		assertThat(refused.status()).isEqualTo(200);
		Document page = refused.document();
		assertThat(page.title()).startsWith("Error: Add a school or college");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Enter the name of the school or college", "Enter the URN", "Select the phase of education",
				"Enter the school or college's nominated email address", "Enter the Designated Teacher's first name",
				"Enter the Designated Teacher's last name", "Enter the Designated Teacher's email address");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#urn", "#phase",
				"#nominatedEmail", "#teacherForename", "#teacherSurname", "#teacherEmail");
		assertThat(page.select("#phase")).hasSize(1);
		assertThat(settingCount()).isEqualTo(settingsBefore);
	}

	@Test
	void wrongAnswersAreExplainedAndWhatWasTypedIsKept() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		Map<String, String> form = aValidForm();
		form.put("urn", "12345");
		form.put("nominatedEmail", "office at school");
		form.put("teacherEmail", form.get("nominatedEmail"));

		Document page = visitor.submit("/staff/settings/new", "/staff/settings/new", form).document();

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"URN must be 6 or 7 digits, like 123456",
				"Enter an email address in the correct format, like pep@school.example",
				"Enter an email address in the correct format, like name@school.example");
		assertThat(page.select("input[name=urn]").val()).isEqualTo("12345");
		assertThat(page.select("input[name=name]").val()).isEqualTo(form.get("name"));
		assertThat(page.select("input[name=phase][checked]").val()).isEqualTo("SECONDARY");
	}

	@Test
	void designatedTeacherMustHaveTheirOwnAddressNotTheNominatedOne() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		Map<String, String> form = aValidForm();
		form.put("teacherEmail", form.get("nominatedEmail").toUpperCase());

		Document page = visitor.submit("/staff/settings/new", "/staff/settings/new", form).document();

		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("Enter the Designated Teacher's own email address, not the nominated email");
	}

	@Test
	void urnAnotherSettingHasIsRefusedNamingThatSetting() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		Map<String, String> form = aValidForm();
		form.put("urn", "999001");

		var refused = visitor.submit("/staff/settings/new", "/staff/settings/new", form);

		assertThat(refused.document().select(".govuk-error-summary a").eachText())
			.containsExactly("Oakfield Demo Primary School already has URN 999001");
		assertThat(visitor.get("/staff/settings?search=999001").document().select("tbody tr")).hasSize(1);
		assertThat(mailbox.listingsTo(form.get("teacherEmail"))).isEmpty();
	}

	@Test
	void designatedTeacherAddedWithTheSchoolJoinsItOnVerifyingAndSeesItsChildren() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		Map<String, String> form = aValidForm();
		String settingPage = visitor.submit("/staff/settings/new", "/staff/settings/new", form).redirectPath();
		SettingId school = new SettingId(Long.parseLong(settingPage.substring(settingPage.lastIndexOf('/') + 1)));
		NewChild child = TestSchools.aChildAt(school);
		people.addChild(child);
		String email = form.get("teacherEmail");
		AccountId teacher = accounts.open(TestSchools.aProfessional(email), TestSchools.PASSWORD);

		new TestVerification(transaction, events, jdbc).verify(teacher, email, Portal.PROFESSIONAL);

		var teachersBrowser = new PortalVisitor(port);
		teachersBrowser.signIn(email, TestSchools.PASSWORD);
		assertThat(teachersBrowser.get("/professional").document().select("tbody th").eachText())
			.containsExactly(child.forename() + " " + child.surname());
		Document page = visitor.get(settingPage).document();
		assertThat(rowsOf(page, "members")).singleElement().satisfies(row -> assertThat(row).contains(email, "Designated Teacher"));
		assertThat(page.select("[aria-labelledby=listed]").text()).doesNotContain(email);
	}

	@ParameterizedTest
	@ValueSource(strings = { DemoSignIns.SOCIAL_WORKER, DemoSignIns.SEN_CASEWORKER, DemoSignIns.OAKFIELD_TEACHER,
			DemoSignIns.PARENT })
	void onlyVirtualSchoolOfficersAndAdministratorsReachTheSettingsPages(String email) {
		visitor.signIn(email, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/staff/settings").status()).isEqualTo(403);
		assertThat(visitor.get("/staff/settings/new").status()).isEqualTo(403);
		assertThat(visitor.get("/staff/settings/1").status()).isEqualTo(403);
		assertThat(visitor.submit("/account", "/staff/settings/new", aValidForm()).status()).isEqualTo(403);
		assertThat(visitor.get("/account").document().select("a[href=/staff/settings]")).isEmpty();
	}

	@Test
	void peopleNotSignedInAreSentToSignIn() {
		assertThat(visitor.get("/staff/settings").redirectPath()).isEqualTo("/sign-in");
		assertThat(visitor.get("/staff/settings/new").redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void officerFindsTheSettingsFromTheHeader() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/staff").document().select("nav a[href=/staff/settings]").text())
			.isEqualTo("Schools and colleges");
	}

	/** A new secondary school with a Designated Teacher; each call gives new names and addresses. */
	private static Map<String, String> aValidForm() {
		int n = TestSchools.next();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Test Academy " + n);
		form.put("urn", TestSchools.uniqueUrn());
		form.put("phase", "SECONDARY");
		form.put("nominatedEmail", "pep-" + n + "@test-academy.example");
		form.put("teacherForename", "Dana");
		form.put("teacherSurname", "Example");
		form.put("teacherEmail", "dana.example-" + n + "@test-academy.example");
		return form;
	}

	/** The first three cells of each row of the table labelled by the heading with this id. */
	static List<List<String>> rowsOf(Document page, String headingId) {
		return page.select("table[aria-labelledby=" + headingId + "] tbody tr")
			.stream()
			.map(row -> row.select("th, td").eachText().subList(0, 3))
			.toList();
	}

	private long settingCount() {
		return jdbc.sql("select count(*) from education_setting").query(Long.class).single();
	}

}
