package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.forms.submission.SubmissionAccess;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Virtual School's pages for a PEP: preparing and sending it, then quality-assuring what the
 * school submits, returning it for amendment or accepting it, spot-checked or not.
 */
class QualityAssurancePagesIntegrationTest extends PortalVisitorTest {

	@Autowired
	SubmissionAccess submissionAccess;

	@Autowired
	TestPeps testPeps;

	@Test
	void officerChecksPartOne_andSendsThePepToTheSchool() {
		Pep pep = testPeps.beingPrepared("Saffi", "Sendwell");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		Document prepare = visitor.get(pep.path()).document();
		assertThat(prepare.select("a[href=/forms/" + pep.submissionId() + "]")).isNotEmpty();
		assertThat(prepare.text()).contains("Riverside Demo Academy completes the rest of the form");

		var sent = visitor.submit(pep.path(), pep.path() + "/send", Map.of());

		assertThat(sent.redirectPath()).isEqualTo(pep.path());
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.WITH_SCHOOL);
		assertThat(visitor.get(pep.path()).document().select(".govuk-notification-banner").text())
			.contains(pep.reference() + " sent to Riverside Demo Academy");
	}

	@Test
	void qualityAssuranceSaysWhatIsMissing() {
		Pep pep = testPeps.submittedByTheSchool("Quinn", "Quality");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		Document page = visitor.get(pep.path()).document();
		assertThat(page.select("h2").eachText()).contains("Your decision");
		assertThat(page.select("a[href=/forms/" + pep.submissionId() + "/pdf]")).isNotEmpty();
		assertThat(page.text()).contains("She has settled well and attends nearly every day.");

		Document nothing = visitor.submit(pep.path(), pep.path() + "/quality-assurance", Map.of()).document();
		assertThat(nothing.select(".govuk-error-summary a").eachText())
			.containsExactly("Select a quality rating", "Select whether to accept the PEP or return it");
		assertThat(nothing.title()).startsWith("Error: ");

		Document noComments = visitor.submit(pep.path(), pep.path() + "/quality-assurance",
				Map.of("rating", "AMBER", "decision", "return", "comments", "  ")).document();
		assertThat(noComments.select(".govuk-error-summary a").eachText())
			.containsExactly("Enter what the school needs to amend");
		assertThat(noComments.select("input[name=rating][checked]").val()).isEqualTo("AMBER");

		Document tooLong = visitor.submit(pep.path(), pep.path() + "/quality-assurance",
				Map.of("rating", "GREEN", "decision", "accept", "comments", "x".repeat(4_001))).document();
		assertThat(tooLong.select(".govuk-error-summary a").eachText())
			.containsExactly("Comments must be 4,000 characters or fewer");
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.QUALITY_ASSURANCE);
	}

	@Test
	void returningThePepWithComments_givesItBackToTheSchoolToAmend() {
		Pep pep = testPeps.submittedByTheSchool("Rory", "Returnedd");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		var returned = visitor.submit(pep.path(), pep.path() + "/quality-assurance",
				Map.of("rating", "RED", "decision", "return", "comments", "Add a target for attendance."));

		assertThat(returned.redirectPath()).isEqualTo(pep.path());
		assertThat(visitor.get(pep.path()).document().select(".govuk-notification-banner").text())
			.contains(pep.reference() + " returned to Riverside Demo Academy");
		Pep now = testPeps.now(pep);
		assertThat(now.stage()).isEqualTo(PepStage.RETURNED);
		assertThat(now.qaRating()).isEqualTo(QualityRating.RED);
		PortalVisitor teacher = new PortalVisitor(port);
		teacher.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		assertThat(teacher.get(pep.path()).document().select(".govuk-inset-text").text())
			.contains("Add a target for attendance.");
		assertThat(submissionAccess.open(pep.submissionId(), testPeps.user(DemoSignIns.RIVERSIDE_TEACHER)).editable())
			.isTrue();
	}

	@Test
	void acceptingWithASpotCheck_bringsItBackToTheOfficerFirst() {
		Pep pep = testPeps.submittedByTheSchool("Sol", "Spotcheck");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		visitor.submit(pep.path(), pep.path() + "/quality-assurance",
				Map.of("rating", "GREEN", "decision", "accept", "spotCheck", "yes"));

		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.SPOT_CHECK);
		Document spotCheck = visitor.get(pep.path()).document();
		assertThat(spotCheck.select(".govuk-notification-banner").text()).contains(pep.reference() + " accepted");
		assertThat(spotCheck.select("button").eachText()).contains("Spot-check done");
		assertThat(spotCheck.select(".govuk-summary-list").text()).contains("Green");

		var checked = visitor.submit(pep.path(), pep.path() + "/spot-check", Map.of());

		assertThat(checked.redirectPath()).isEqualTo(pep.path());
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.FINALISING);
		assertThat(visitor.get(pep.path()).document().select(".govuk-notification-banner").text())
			.contains(pep.reference() + " spot-checked and sent to Tess Tworker to finalise");
	}

	@Test
	void acceptingWithoutASpotCheck_sendsItToTheSocialWorker() {
		Pep pep = testPeps.submittedByTheSchool("Ada", "Accepted");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		visitor.submit(pep.path(), pep.path() + "/quality-assurance", Map.of("rating", "AMBER", "decision", "accept"));

		Pep now = testPeps.now(pep);
		assertThat(now.stage()).isEqualTo(PepStage.FINALISING);
		assertThat(now.qaComments()).isNull();
		Document overview = visitor.get(pep.path()).document();
		assertThat(overview.select(".govuk-notification-banner").text())
			.contains(pep.reference() + " accepted and sent to Tess Tworker to finalise");
		assertThat(overview.select(".govuk-summary-list").text()).contains("Tess Tworker (social worker)");
	}

	@Test
	void aSchoolCannotQualityAssureItsOwnPep() {
		Pep pep = testPeps.submittedByTheSchool("Dara", "Designated");
		visitor.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);

		var posted = visitor.submit(pep.path(), pep.path() + "/quality-assurance",
				Map.of("rating", "GREEN", "decision", "accept"));

		assertThat(posted.status()).isIn(403, 404);
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.QUALITY_ASSURANCE);
		assertThat(visitor.get(pep.path()).document().select("button").eachText()).doesNotContain("Confirm your decision");
	}

	@Test
	void aStepAlreadyDone_isRefusedOnThePageAsItIsNow() {
		Pep pep = testPeps.submittedByTheSchool("Tilly", "Twice");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		visitor.submit(pep.path(), pep.path() + "/quality-assurance", Map.of("rating", "GREEN", "decision", "accept"));

		var again = visitor.submit(pep.path(), pep.path() + "/quality-assurance",
				Map.of("rating", "RED", "decision", "return", "comments", "Changed my mind."));

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.document().select(".govuk-error-summary").text())
			.contains("This PEP is now at the stage 'With the social worker'");
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.FINALISING);
	}

}
