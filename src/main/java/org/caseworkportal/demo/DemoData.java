package org.caseworkportal.demo;

import static org.caseworkportal.people.Relationship.PARENT;
import static org.caseworkportal.people.Relationship.SEN_CASEWORKER;
import static org.caseworkportal.people.Relationship.SOCIAL_WORKER;
import static org.caseworkportal.people.Relationship.VIRTUAL_SCHOOL_OFFICER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.ChildDetails;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.ListedPerson;
import org.caseworkportal.people.NewChild;
import org.caseworkportal.people.NewSetting;
import org.caseworkportal.people.People;
import org.caseworkportal.people.Phase;
import org.caseworkportal.people.SendStatus;
import org.caseworkportal.people.SettingId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional people for the embedded demo: staff, two schools with their nominated emails and
 * Designated Teachers (and one teacher listed who has yet to register), a parent and ten
 * children, five of them with PEPs ({@link DemoPeps}). Names say they are made up; UPNs use local authority code 999, which no authority
 * has.
 */
@Component
@Profile("demo")
class DemoData {

	static final String PASSWORD = "demo-password-2026";

	static final String OFFICER_EMAIL = "vs.officer@demo-borough.example";

	static final String SOCIAL_WORKER_EMAIL = "social.worker@demo-borough.example";

	static final String OAKFIELD_TEACHER_EMAIL = "dt@oakfield-demo.example";

	static final String RIVERSIDE_TEACHER_EMAIL = "dt@riverside-demo.example";

	static final List<DemoSignIn> SIGN_INS = List.of(
			new DemoSignIn("Virtual School officer", OFFICER_EMAIL),
			new DemoSignIn("Social worker", SOCIAL_WORKER_EMAIL),
			new DemoSignIn("SEN caseworker", "sen.caseworker@demo-borough.example"),
			new DemoSignIn("Administrator (Cockpit)", "admin@demo-borough.example"),
			new DemoSignIn("Designated Teacher, Oakfield Demo Primary", OAKFIELD_TEACHER_EMAIL),
			new DemoSignIn("Designated Teacher, Riverside Demo Academy", RIVERSIDE_TEACHER_EMAIL),
			new DemoSignIn("Parent", "parent@demo-family.example"));

	/**
	 * A Designated Teacher Oakfield listed who has no account yet: registering as her shows the
	 * account joining the school once the emailed code confirms the address.
	 */
	static final String LISTED_TEACHER = "new.dt@oakfield-demo.example";

	private static final String DESIGNATED_TEACHER = "Designated Teacher";

	private final Accounts accounts;

	private final People people;

	private final DemoPeps peps;

	DemoData(Accounts accounts, People people, DemoPeps peps) {
		this.accounts = accounts;
		this.people = people;
		this.peps = peps;
	}

	/** Adds the demo people and their PEPs unless an earlier start already did. */
	@Transactional
	boolean addUnlessPresent() {
		if (accounts.exists(SIGN_INS.get(0).email())) {
			return false;
		}
		AccountId officer = account("Valerie", "Schofield", 0, Role.VIRTUAL_SCHOOL);
		AccountId socialWorker = account("Sam", "Walker", 1, Role.SOCIAL_WORKER);
		AccountId caseworker = account("Sunita", "Caseley", 2, Role.SEN_CASEWORKER);
		account("Adam", "Minster", 3, Role.ADMIN);
		AccountId oakfieldTeacher = account("Dina", "Teague", 4, Role.PROFESSIONAL);
		AccountId riversideTeacher = account("Daniel", "Tran", 5, Role.PROFESSIONAL);
		AccountId parent = account("Pat", "Parentson", 6, Role.PARENT);

		SettingId oakfield = people.addSetting(new NewSetting("999001", "Oakfield Demo Primary School", Phase.PRIMARY,
				"pep@oakfield-demo.example"));
		SettingId riverside = people.addSetting(new NewSetting("999002", "Riverside Demo Academy", Phase.SECONDARY,
				"pep@riverside-demo.example"));
		people.addToSetting(oakfieldTeacher, oakfield, DESIGNATED_TEACHER);
		people.addToSetting(riversideTeacher, riverside, DESIGNATED_TEACHER);
		people.listPerson(oakfield, new ListedPerson(LISTED_TEACHER, "Nadia", "Newcombe", DESIGNATED_TEACHER));

		ChildId amara = child("Amara", "Testwell", "2016-03-14", "Z999900115001", oakfield, true, SendStatus.NONE);
		ChildId ben = child("Ben", "Sampleton", "2017-07-02", "Z999900116002", oakfield, true, SendStatus.SEN_SUPPORT);
		ChildId cleo = child("Cleo", "Demoford", "2018-11-23", "Z999900117003", oakfield, false, SendStatus.EHC_PLAN);
		ChildId dev = child("Dev", "Fictionby", "2015-05-30", "Z999900118004", oakfield, false, SendStatus.ASSESSMENT);
		ChildId ella = child("Ella", "Mockridge", "2019-01-09", "Z999900119005", oakfield, true, SendStatus.EHC_PLAN);
		ChildId finn = child("Finn", "Dummett", "2011-09-17", "T999900214006", riverside, true, SendStatus.NONE);
		ChildId grace = child("Grace", "Proxley", "2010-02-25", "T999900215007", riverside, true, SendStatus.EHC_PLAN);
		ChildId hari = child("Hari", "Stubbs", "2012-12-04", "T999900216008", riverside, false, SendStatus.SEN_SUPPORT);
		ChildId isla = child("Isla", "Placewood", "2009-10-11", "T999900217009", riverside, true, SendStatus.NONE);
		ChildId jude = child("Jude", "Examplar", "2013-06-21", "P999900218010", riverside, false, SendStatus.EHC_PLAN);

		for (ChildId child : List.of(amara, ben, ella, finn, grace, isla)) {
			people.linkToChild(officer, child, VIRTUAL_SCHOOL_OFFICER);
			people.linkToChild(socialWorker, child, SOCIAL_WORKER);
		}
		for (ChildId child : List.of(cleo, dev, ella, grace, jude)) {
			people.linkToChild(caseworker, child, SEN_CASEWORKER);
		}
		people.linkToChild(parent, cleo, PARENT);

		describe(amara, "Mara", "Female", "C1 - Black Caribbean", "Reception", "S31 Care Order", "2023-04-03", "14.0");
		describe(ben, "Ben", "Male", "A1 - White British", "Year 3", "S20 Accommodated", "2024-01-15", "18.0");
		describe(cleo, "Cleo", "Female", "M1 - Mixed White and Asian", "Year 2", null, null, null);
		describe(dev, "Dev", "Male", "B1 - Indian", "Year 5", null, null, null);
		describe(ella, "Ella", "Female", "A1 - White British", "Year 1", "Interim Care Order", "2025-09-01", "21.0");
		describe(finn, "Finn", "Male", "A1 - White British", "Year 10", "S31 Care Order", "2019-06-10", "12.0");
		describe(grace, "Gracie", "Female", "D1 - Black African", "Year 11", "S31 Care Order", "2018-02-20", "16.0");
		describe(hari, "Hari", "Male", "B2 - Pakistani", "Year 8", null, null, null);
		describe(isla, "Isla", "Female", "A3 - White Other", "Year 12", "S20 Accommodated", "2024-09-30", "9.0");
		describe(jude, "Jude", "Male", "A1 - White British", "Year 7", null, null, null);

		peps.add(new DemoPeps.Children(amara, ben, ella, finn, grace));
		return true;
	}

	private AccountId account(String forename, String surname, int signIn, Role role) {
		return accounts.open(new NewAccount(forename, surname, SIGN_INS.get(signIn).email(), Set.of(role)), PASSWORD);
	}

	private ChildId child(String forename, String surname, String dateOfBirth, String upn, SettingId setting,
			boolean inCare, SendStatus sendStatus) {
		return people.addChild(
				new NewChild(forename, surname, LocalDate.parse(dateOfBirth), upn, setting, inCare, sendStatus));
	}

	private void describe(ChildId child, String preferredName, String gender, String ethnicity, String yearGroup,
			String legalStatus, String inCareSince, String sdqScore) {
		people.describeChild(child, new ChildDetails(preferredName, gender, ethnicity,
				child.value() + " Demo Street, Demo Town, DT1 " + child.value() + "AA", legalStatus,
				inCareSince == null ? null : LocalDate.parse(inCareSince), sdqScore == null ? null : new BigDecimal(sdqScore),
				yearGroup));
	}

	record DemoSignIn(String who, String email) {

	}

}
