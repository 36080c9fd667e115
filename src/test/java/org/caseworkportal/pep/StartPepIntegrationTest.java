package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.NewChild;
import org.caseworkportal.people.People;
import org.caseworkportal.people.SendStatus;
import org.caseworkportal.web.DisplayTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A Virtual School officer starts a child's PEP from the child's record. */
class StartPepIntegrationTest extends PortalVisitorTest {

	@Autowired
	TestChildren children;

	@Autowired
	Peps peps;

	@Autowired
	TestPeps testPeps;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	/** Within the year the page allows, and far enough ahead that no reminder falls due while the tests run. */
	private final LocalDate meeting = today().plusMonths(11);

	@Test
	void eachAnswerIsChecked_inGovukWords_andNothingIsStartedUntilAllAreRight() {
		ChildId child = children.inCareAtRiverside("Vera", "Validatova");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		assertRefused(child, with("meetingDate-day", "", "meetingDate-month", "", "meetingDate-year", ""),
				"Enter the date of the PEP meeting");
		assertRefused(child, with("meetingDate-month", ""), "Date of the PEP meeting must include a month");
		assertRefused(child, with("meetingDate-day", "31", "meetingDate-month", "2"),
				"Date of the PEP meeting must be a real date");
		LocalDate tooLongAgo = today().minusYears(1).minusDays(1);
		assertRefused(child, on(tooLongAgo), "Date of the PEP meeting must be within the last year");
		assertRefused(child, on(today().plusYears(1).plusDays(1)), "Date of the PEP meeting must be within the next year");
		assertRefused(child, with("completion", ""), "Select who will complete the PEP");
		assertRefused(child, with("completion", "NOBODY"), "Select who will complete the PEP");
		for (String notAProfessional : new String[] { "", "nobody@nowhere.example", DemoSignIns.VIRTUAL_SCHOOL_OFFICER }) {
			assertRefused(child, with("completion", "PROFESSIONAL", "professionalEmail", notAProfessional),
					"Enter the email address of a professional registered with the portal");
		}
		assertRefused(child, with("comments", "x".repeat(2001)), "Comments must be 2,000 characters or fewer");

		assertThat(peps.ofChild(child)).isEmpty();
	}

	@Test
	void whatWasTypedIsShownAgain_withTheNamedProfessionalsEmailRevealed() {
		ChildId child = children.inCareAtRiverside("Rhea", "Retypeless");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		var page = visitor.submit(startPage(child), startPage(child), with("meetingDate-day", "31", "meetingDate-month", "2",
				"completion", "PROFESSIONAL", "professionalEmail", "tutor@nowhere.example", "comments", "Bring the targets."))
			.document();

		assertThat(page.getElementById("meetingDate-day").val()).isEqualTo("31");
		assertThat(page.getElementById("meetingDate-day").hasClass("govuk-input--error")).isTrue();
		assertThat(page.select("input[name=completion][checked]").val()).isEqualTo("PROFESSIONAL");
		assertThat(page.getElementById("professionalEmail").val()).isEqualTo("tutor@nowhere.example");
		assertThat(page.getElementById("professionalEmail").parents().select(".govuk-radios__conditional").first()
			.hasClass("govuk-radios__conditional--hidden")).isFalse();
		assertThat(page.getElementById("comments").text()).isEqualTo("Bring the targets.");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#meetingDate-day",
				"#professionalEmail");
	}

	@Test
	void theSettingIsOfferedOnlyForAChildOnTheRollOfOne() {
		ChildId onRoll = children.inCareAtRiverside("Rory", "Rollcall");
		ChildId noSetting = people.addChild(new NewChild("Nia", "Nosetting", LocalDate.of(2009, 9, 1),
				"N" + String.valueOf(System.nanoTime()).substring(0, 12), null, true, SendStatus.NONE));
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		assertThat(visitor.get(startPage(onRoll)).document().select("label[for=completion]").text())
			.isEqualTo("Riverside Demo Academy");
		assertThat(visitor.get(startPage(noSetting)).document().select("input[value=SETTING]")).isEmpty();
		assertRefused(noSetting, with(), "Select who will complete the PEP");
	}

	@Test
	void aChildWithAPepInProgressCannotHaveASecond_andTheReasonIsShown() {
		Pep open = testPeps.beingPrepared("Otto", "Openpep");
		ChildId child = open.childId();
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		assertRefused(child, with(), "Otto Openpep already has a PEP in progress, " + open.reference());
		assertThat(peps.ofChild(child)).hasSize(1);
	}

	@Test
	void startingAPep_opensItsPage_andTheRecordShowsItBeingPreparedWithItsKeyDates() {
		ChildId child = children.inCareAtRiverside("Stella", "Startwell");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		String record = "/children/" + child.value();
		assertThat(visitor.get(record).document().select("a:contains(Start a PEP)").attr("href")).isEqualTo(startPage(child));

		var started = visitor.submit(startPage(child), startPage(child), with("comments", "Please add the new targets."));

		Pep pep = peps.ofChild(child).get(0);
		assertThat(started.redirectPath()).isEqualTo("/peps/" + pep.id());
		assertThat(pep.completion()).isEqualTo(Completion.SETTING);
		assertThat(pep.meetingDate()).isEqualTo(meeting);
		assertThat(pep.comments()).isEqualTo("Please add the new targets.");
		var pepPage = visitor.get(started.redirectPath());
		assertThat(pepPage.status()).isEqualTo(200);
		assertThat(pepPage.body()).contains(pep.reference());

		var page = visitor.get(record).document();
		assertThat(page.select(".app-current-pep h3").text()).contains(pep.reference(), "Being prepared");
		assertThat(page.select("#key-dates tbody tr").first().text())
			.isEqualTo("PEP meeting " + DisplayTime.date(meeting));
		assertThat(page.select("#key-dates tbody th").eachText()).contains("Contribution submitted",
				"Finalised by the social worker");
		assertThat(page.select("a:contains(Start a PEP)")).isEmpty();
		assertThat(visitor.get("/children?search=startwell").document().select("tbody td").last().text())
			.isEqualTo("Being prepared");
	}

	@Test
	void aPepCanBeDelegatedToAProfessionalNamedByTheirEmail() {
		ChildId child = children.inCareAtRiverside("Nico", "Namedpro");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		// A professional of this test's own: the one named sees the child from now on.
		String email = TestChildren.unique("tests.tutor") + "@tutoring.example";
		AccountId tutor = accounts.open(new NewAccount("Tia", "Tutor", email, Set.of(Role.PROFESSIONAL)), DemoSignIns.PASSWORD);

		// As typed: spaces around it, capitals in it.
		var started = visitor.submit(startPage(child), startPage(child), with("completion", "PROFESSIONAL",
				"professionalEmail", "  " + email.toUpperCase() + " "));

		assertThat(started.redirectPath()).startsWith("/peps/");
		Pep pep = peps.ofChild(child).get(0);
		assertThat(pep.completion()).isEqualTo(Completion.PROFESSIONAL);
		assertThat(pep.professional()).isEqualTo(tutor);
	}

	@Test
	void onlyTheVirtualSchoolStartsPeps() {
		ChildId child = children.inCareAtRiverside("Walt", "Nonstarter");
		visitor.signIn(TestChildren.SOCIAL_WORKER, DemoSignIns.PASSWORD);
		String record = "/children/" + child.value();

		assertThat(visitor.get(record).document().select("a:contains(Start a PEP)")).isEmpty();
		assertThat(visitor.get(startPage(child)).status()).isEqualTo(403);
		assertThat(visitor.submit(record, startPage(child), with()).status()).isEqualTo(403);

		var teacher = new PortalVisitor(port);
		teacher.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		assertThat(teacher.get(startPage(child)).status()).isEqualTo(403);
		assertThat(peps.ofChild(child)).isEmpty();
	}

	/** A valid start, delegated to the child's setting, with these fields changed. */
	private Map<String, String> with(String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("meetingDate-day", String.valueOf(meeting.getDayOfMonth()));
		fields.put("meetingDate-month", String.valueOf(meeting.getMonthValue()));
		fields.put("meetingDate-year", String.valueOf(meeting.getYear()));
		fields.put("completion", "SETTING");
		fields.put("professionalEmail", "");
		fields.put("comments", "");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		return fields;
	}

	/** A valid start but for the meeting date. */
	private Map<String, String> on(LocalDate date) {
		return with("meetingDate-day", String.valueOf(date.getDayOfMonth()), "meetingDate-month",
				String.valueOf(date.getMonthValue()), "meetingDate-year", String.valueOf(date.getYear()));
	}

	private void assertRefused(ChildId child, Map<String, String> fields, String message) {
		var page = visitor.submit(startPage(child), startPage(child), fields);
		assertThat(page.status()).as(message).isEqualTo(200);
		assertThat(page.document().select(".govuk-error-summary").text()).as(message).contains(message);
	}

	private static String startPage(ChildId child) {
		return "/children/" + child.value() + "/peps/new";
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/London"));
	}

}
