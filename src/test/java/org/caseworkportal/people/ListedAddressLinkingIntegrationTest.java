package org.caseworkportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.Portal;
import org.caseworkportal.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A professional who proves they own an address a setting listed joins that setting, and sees its
 * children on their portal home; nobody else joins anything on their own.
 */
class ListedAddressLinkingIntegrationTest extends PortalVisitorTest {

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	TestVerification verification;

	SettingId school;

	String childName;

	@BeforeEach
	void aSchoolWithAChild() {
		verification = new TestVerification(transaction, events, jdbc);
		school = people.addSetting(TestSchools.aSchool());
		NewChild newChild = TestSchools.aChildAt(school);
		people.addChild(newChild);
		childName = newChild.forename() + " " + newChild.surname();
	}

	@Test
	void listedDesignatedTeacherWhoVerifiesBecomesAMemberAndSeesTheSchoolsChildren() {
		String email = TestSchools.uniqueEmail("dt");
		people.listPerson(school, new ListedPerson(email, "Dana", "Listed", "Designated Teacher"));
		AccountId teacher = accounts.open(TestSchools.aProfessional(email), TestSchools.PASSWORD);

		verification.verify(teacher, "  " + email.toUpperCase() + " ", Portal.PROFESSIONAL);

		assertThat(people.settingsOf(teacher)).singleElement().satisfies(membership -> {
			assertThat(membership.setting()).isEqualTo(school);
			assertThat(membership.jobTitle()).isEqualTo("Designated Teacher");
		});
		assertThat(childrenOnProfessionalHome(email)).contains(childName);
		assertThat(listedAddresses(school)).doesNotContain(email);
	}

	@Test
	void whoeverVerifiesTheNominatedEmailJoinsAsTheNominatedEmail() {
		NewSetting setting = TestSchools.aSchool();
		SettingId nominatingSchool = people.addSetting(setting);
		AccountId owner = accounts.open(TestSchools.aProfessional(setting.nominatedEmail()), TestSchools.PASSWORD);

		verification.verify(owner, setting.nominatedEmail(), Portal.PROFESSIONAL);

		assertThat(people.settingsOf(owner)).singleElement().satisfies(membership -> {
			assertThat(membership.setting()).isEqualTo(nominatingSchool);
			assertThat(membership.jobTitle()).isEqualTo("Nominated email");
		});
	}

	@Test
	void addressListedByTwoSettingsJoinsBoth() {
		String email = TestSchools.uniqueEmail("dt");
		SettingId other = people.addSetting(TestSchools.aSchool());
		people.listPerson(school, new ListedPerson(email, "Dana", "Twice", "Designated Teacher"));
		people.listPerson(other, new ListedPerson(email, "Dana", "Twice", "SENCo"));
		AccountId teacher = accounts.open(TestSchools.aProfessional(email), TestSchools.PASSWORD);

		verification.verify(teacher, email, Portal.PROFESSIONAL);

		assertThat(people.settingsOf(teacher)).extracting(Membership::setting).containsExactlyInAnyOrder(school, other);
	}

	@Test
	void professionalWhoseAddressNobodyListedStaysUnlinked() {
		String email = TestSchools.uniqueEmail("unlisted");
		people.listPerson(school, new ListedPerson(TestSchools.uniqueEmail("someone.else"), "Sam", "Else", "Designated Teacher"));
		AccountId professional = accounts.open(TestSchools.aProfessional(email), TestSchools.PASSWORD);

		verification.verify(professional, email, Portal.PROFESSIONAL);

		assertThat(people.settingsOf(professional)).isEmpty();
		var home = signedIn(email).get("/professional").document();
		assertThat(home.select("tbody th")).isEmpty();
		assertThat(home.text()).contains("No children are linked to you yet.");
	}

	@Test
	void parentWhoVerifiesAListedAddressJoinsNoSetting() {
		String email = TestSchools.uniqueEmail("parent");
		people.listPerson(school, new ListedPerson(email, "Pat", "Listed", "Designated Teacher"));
		AccountId parent = accounts.open(new NewAccount("Pat", "Listed", email, Set.of(Role.PARENT)),
				TestSchools.PASSWORD);

		verification.verify(parent, email, Portal.PARENT);

		assertThat(people.settingsOf(parent)).isEmpty();
		assertThat(listedAddresses(school)).contains(email);
	}

	@Test
	void verificationThatRollsBackLinksNothing() {
		String email = TestSchools.uniqueEmail("dt");
		people.listPerson(school, new ListedPerson(email, "Dana", "Rolledback", "Designated Teacher"));
		AccountId teacher = accounts.open(TestSchools.aProfessional(email), TestSchools.PASSWORD);

		verification.verifyButRollBack(teacher, email);

		assertThat(people.settingsOf(teacher)).isEmpty();
		assertThat(listedAddresses(school)).contains(email);
	}

	private List<String> childrenOnProfessionalHome(String email) {
		return signedIn(email).get("/professional").document().select("tbody th").eachText();
	}

	private PortalVisitor signedIn(String email) {
		visitor.signIn(email, TestSchools.PASSWORD);
		return visitor;
	}

	private List<String> listedAddresses(SettingId setting) {
		return jdbc.sql("select email from setting_listed_person where setting_id = :setting")
			.param("setting", setting.value())
			.query(String.class)
			.list();
	}

}
