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

/** The officer retracts a PEP, saying why; it ends for everyone, and the school can no longer change it. */
class RetractPepPageIntegrationTest extends PortalVisitorTest {

	@Autowired
	SubmissionAccess submissionAccess;

	@Autowired
	TestPeps testPeps;

	@Test
	void retractingAsksWhy() {
		Pep pep = testPeps.beingPrepared("Ria", "Reasonless");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		String retract = pep.path() + "/retract";
		assertThat(visitor.get(pep.path()).document().select("a[href=" + retract + "]")).isNotEmpty();

		Document blank = visitor.submit(retract, retract, Map.of("reason", " ")).document();
		assertThat(blank.select(".govuk-error-summary a").eachText()).containsExactly("Enter why you are retracting this PEP");
		assertThat(blank.select(".govuk-error-summary a").attr("href")).isEqualTo("#reason");

		Document tooLong = visitor.submit(retract, retract, Map.of("reason", "x".repeat(2_001))).document();
		assertThat(tooLong.select(".govuk-error-summary a").eachText())
			.containsExactly("The reason must be 2,000 characters or fewer");
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.PREPARING);
	}

	@Test
	void aRetractedPep_isOnlyShownToTheSchool_whichCanNoLongerChangeIt() {
		Pep pep = testPeps.withTheSchool("Rex", "Retracted");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		String retract = pep.path() + "/retract";

		var retracted = visitor.submit(retract, retract, Map.of("reason", "The wrong form was sent."));

		assertThat(retracted.redirectPath()).isEqualTo(pep.path());
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.RETRACTED);
		Document officersPage = visitor.get(pep.path()).document();
		assertThat(officersPage.select(".govuk-notification-banner").text()).contains(pep.reference() + " retracted");
		assertThat(officersPage.select("a[href=" + retract + "]")).isEmpty();
		assertThat(visitor.get(retract).redirectPath()).isEqualTo(pep.path());

		PortalVisitor teacher = new PortalVisitor(port);
		teacher.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		Document schoolsPage = teacher.get(pep.path()).document();
		assertThat(schoolsPage.select(".govuk-summary-list").text()).contains("Retracted");
		assertThat(schoolsPage.select("a[href=/forms/" + pep.submissionId() + "]")).isEmpty();
		assertThat(schoolsPage.select("form[action^=" + pep.path() + "]")).isEmpty();
		assertThat(submissionAccess.open(pep.submissionId(), testPeps.user(DemoSignIns.RIVERSIDE_TEACHER)).editable())
			.isFalse();
	}

	@Test
	void aSchoolCannotRetractAPep() {
		Pep pep = testPeps.withTheSchool("Sam", "Schoolside");
		visitor.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);

		var posted = visitor.submit("/professional", pep.path() + "/retract", Map.of("reason", "Not ours."));

		assertThat(posted.status()).isIn(403, 404);
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.WITH_SCHOOL);
	}

}
