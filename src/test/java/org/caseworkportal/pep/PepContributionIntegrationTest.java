package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.MovableClock;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.forms.submission.FormSubmissions;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.People;
import org.caseworkportal.people.TestSchools;
import org.caseworkportal.worktray.WorktrayPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The school completes and submits a PEP from its task page (seeds 000 and 002: Save, PDF,
 * Submit Contribution, "Recently Submitted Tasks"), and colleagues at one school never overwrite
 * each other's answers.
 */
class PepContributionIntegrationTest extends PortalVisitorTest {

	private static final String HAZARDS = "Group_hazards";

	@Autowired
	TestPeps testPeps;

	@Autowired
	TestChildren children;

	@Autowired
	Accounts accounts;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	People people;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theTaskPageShowsTheHeaderTheSectionsThePdfAndSubmit() {
		Pep pep = testPeps.withTheSchool(children.inCareAtRiverside("Tam", "Taskpage"), LocalDate.of(2030, 3, 4));
		visitor.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);

		var page = visitor.get(pep.path()).document();

		assertThat(page.select(".app-pep-header").text()).contains("Tam Taskpage", "18 March 2030", "Valerie Schofield");
		assertThat(page.select(".govuk-task-list__link").eachAttr("href"))
			.contains("/forms/" + pep.submissionId() + "/sections/" + HAZARDS);
		assertThat(page.select("a:contains(Download PDF)").attr("href")).isEqualTo("/forms/" + pep.submissionId() + "/pdf");
		assertThat(page.select("form[action=/peps/" + pep.id() + "/contribution] input[name=revision]").val())
			.isEqualTo(String.valueOf(revision(pep)));
		assertThat(page.select("form[action=/peps/" + pep.id() + "/contribution] button").text())
			.isEqualTo("Submit contribution");
		assertThat(new String(visitor.download("/forms/" + pep.submissionId() + "/pdf"), 0, 4, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF");
	}

	@Test
	void submittingAnIncompletePep_listsEachMissingAnswerLinkedToItsPage_andSendsNothing() {
		Pep pep = testPeps.withTheSchool("Ida", "Incomplete");
		visitor.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);

		Page refused = submit(visitor, pep, revision(pep));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.document().title()).startsWith("Error: ");
		assertThat(errorSummary(refused)).containsExactly(
				"Part 1: Hazards: Select an answer to 'Are there any hazards or risks to people visiting the young person or their home?'",
				"Part 1: Current activity: Select an answer to 'Current education, employment or training status'",
				"Part 2: PEP meeting: Select an answer to 'Reason for this PEP meeting'");
		assertThat(refused.document().select(".govuk-error-summary a").eachAttr("href"))
			.contains("/forms/" + pep.submissionId() + "/sections/" + HAZARDS + "#hasHazards");
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.WITH_SCHOOL);
	}

	@Test
	void aSubmittedPepLeavesTheTasks_staysInRecentlySubmittedWithItsPdfForThirtyDays_andCanNoLongerBeChanged() {
		Pep pep = testPeps.withTheSchool("Sky", "Submitwell");
		PortalUser teacher = testPeps.user(DemoSignIns.RIVERSIDE_TEACHER);
		int revision = testPeps.answerEverything(pep, teacher.id());
		visitor.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		assertThat(tasks(visitor)).contains(pep.reference());

		Page submitted = submit(visitor, pep, revision);

		assertThat(submitted.redirectPath()).isEqualTo("/professional/tasks/submitted?submitted=" + pep.reference());
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.QUALITY_ASSURANCE);
		var recent = visitor.get(submitted.redirectPath()).document();
		assertThat(recent.select(".govuk-notification-banner--success").text()).contains(pep.reference() + " submitted");
		var row = recent.select("tbody tr:contains(" + pep.reference() + ")");
		assertThat(row.text()).contains("Sky Submitwell", "Quality assurance", "by ");
		String pdf = row.select("a:contains(Download PDF)").attr("href");
		assertThat(pdf).isEqualTo("/forms/" + pep.submissionId() + "/pdf");
		assertThat(new String(visitor.download(pdf), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		assertThat(tasks(visitor)).doesNotContain(pep.reference());

		String section = "/forms/" + pep.submissionId() + "/sections/" + HAZARDS;
		assertThat(visitor.get(section).status()).isEqualTo(302);
		assertThat(visitor.get(section).redirectPath()).doesNotStartWith(section);
		Page save = visitor.post(section, Map.of("_csrf", csrf(visitor, pep.path()), "action", "save", "revision",
				String.valueOf(revision(pep)), "hasHazards", "yes"));
		assertThat(save.status()).isEqualTo(409);
		assertThat(submissions.find(pep.submissionId()).orElseThrow().answers()).containsEntry("hasHazards", "no");
		assertThat(submit(visitor, pep, revision(pep)).status()).as("submitting again").isEqualTo(200);

		clock.freeze();
		clock.moveForward(Duration.ofDays(29));
		assertThat(recentlySubmitted(visitor)).contains(pep.reference());
		clock.moveForward(Duration.ofDays(1).plusMinutes(1));
		assertThat(recentlySubmitted(visitor)).doesNotContain(pep.reference());
	}

	@Test
	void aColleagueSavingFirst_isNotOverwrittenByASaveFromAnOlderPage() {
		Pep pep = testPeps.withTheSchool("Cal", "Colleagues");
		String colleagueEmail = TestSchools.uniqueEmail("colleague");
		people.addToSetting(accounts.open(TestSchools.aProfessional(colleagueEmail), TestSchools.PASSWORD),
				people.settingOf(pep.childId()).orElseThrow(), "Teaching assistant");
		var colleague = new PortalVisitor(port);
		colleague.signIn(colleagueEmail, TestSchools.PASSWORD);
		visitor.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		String section = "/forms/" + pep.submissionId() + "/sections/" + HAZARDS;
		var teachersPage = visitor.get(section).document();
		var colleaguesPage = colleague.get(section).document();
		assertThat(tasks(colleague)).contains(pep.reference());

		Page first = colleague.post(section, Map.of("_csrf", colleaguesPage.select("input[name=_csrf]").val(), "action",
				"save", "revision", colleaguesPage.select("input[name=revision]").val(), "hasHazards", "no"));
		Page second = visitor.post(section,
				Map.of("_csrf", teachersPage.select("input[name=_csrf]").val(), "action", "save", "revision",
						teachersPage.select("input[name=revision]").val(), "hasHazards", "yes", "hazardDetails",
						"Allergic to nuts"));

		assertThat(first.status()).isEqualTo(302);
		assertThat(second.status()).isEqualTo(200);
		assertThat(errorSummary(second).get(0)).startsWith("Someone else saved this form at");
		assertThat(submissions.find(pep.submissionId()).orElseThrow().answers()).containsEntry("hasHazards", "no")
			.doesNotContainKey("hazardDetails");
	}

	@Test
	void submittingFromAPageSomeoneHasSavedSince_isRefusedAndSendsNothing() {
		Pep pep = testPeps.withTheSchool("Stella", "Stalepage");
		PortalUser teacher = testPeps.user(DemoSignIns.RIVERSIDE_TEACHER);
		visitor.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		String opened = visitor.get(pep.path()).document().select("input[name=revision]").val();
		testPeps.answerEverything(pep, teacher.id());

		Page refused = submit(visitor, pep, Integer.parseInt(opened));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(errorSummary(refused))
			.containsExactly("Someone else saved this PEP since you opened this page. Check it again before you submit.");
		assertThat(refused.document().select("input[name=revision]").val()).isEqualTo(String.valueOf(revision(pep)));
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.WITH_SCHOOL);
	}

	@Test
	void onlyTheSchoolItWasSentToMaySubmit() {
		Pep pep = testPeps.withTheSchool("Otto", "Otherschool");
		testPeps.answerEverything(pep, testPeps.user(DemoSignIns.RIVERSIDE_TEACHER).id());
		visitor.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);

		Page refused = visitor.post(pep.path() + "/contribution",
				Map.of("_csrf", csrf(visitor, "/professional"), "revision", String.valueOf(revision(pep))));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain("Otherschool");
		Page signedOut = new PortalVisitor(port).post(pep.path() + "/contribution",
				Map.of("revision", String.valueOf(revision(pep))));
		assertThat(signedOut.status()).isIn(302, 403);
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.WITH_SCHOOL);
	}

	@Test
	void anOfficerCompletingAPepInHouseSubmitsItToTheSocialWorker() {
		Pep pep = testPeps.inHouse(children.inCareAtRiverside("Hana", "Inhouse"), TestPeps.MEETING);
		int revision = testPeps.answerEverything(pep, testPeps.officer().id());
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		assertThat(visitor.get(pep.path()).document().select(".govuk-warning-text").text())
			.contains("the PEP goes to the social worker to finalise");

		Page submitted = submit(visitor, pep, revision);

		assertThat(errorSummary(submitted)).isEmpty();
		assertThat(submitted.redirectPath()).isEqualTo(pep.path());
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.FINALISING);
	}

	@Test
	void theCompleteAnswersFixtureLeavesNothingToAnswer() {
		Pep pep = testPeps.withTheSchool("Finn", "Fixture");

		assertThat(testPeps.answerAndSubmit(pep, testPeps.user(DemoSignIns.RIVERSIDE_TEACHER)).stage())
			.isEqualTo(PepStage.QUALITY_ASSURANCE);
	}

	private Page submit(PortalVisitor who, Pep pep, int revision) {
		return who.post(pep.path() + "/contribution",
				Map.of("_csrf", csrf(who, "/account"), "revision", String.valueOf(revision)));
	}

	private int revision(Pep pep) {
		return submissions.find(pep.submissionId()).orElseThrow().revision();
	}

	private static String csrf(PortalVisitor who, String page) {
		return who.get(page).document().select("input[name=_csrf]").val();
	}

	private static List<String> tasks(PortalVisitor who) {
		return WorktrayPages.references(who, "/professional/tasks");
	}

	private static List<String> recentlySubmitted(PortalVisitor who) {
		return WorktrayPages.references(who, "/professional/tasks/submitted");
	}

	private static List<String> errorSummary(Page page) {
		return page.document().select(".govuk-error-summary li").eachText();
	}

}
