package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The child's social worker finalises the accepted PEP; nobody else may. */
class FinalisePepPageIntegrationTest extends PortalVisitorTest {

	@Autowired
	Peps peps;

	@Autowired
	TestPeps testPeps;

	@Test
	void theSocialWorkerFinalisesThePep_whosePdfIsKeptAndNextMeetingScheduled() {
		Pep pep = testPeps.withTheSocialWorker("Fern", "Finalise");
		visitor.signIn(TestChildren.SOCIAL_WORKER, DemoSignIns.PASSWORD);

		Document page = visitor.get(pep.path()).document();
		assertThat(page.select("button").eachText()).contains("Finalise the PEP");
		assertThat(page.text()).contains("16 September 2030").contains("Clear targets.");

		var finalised = visitor.submit(pep.path(), pep.path() + "/finalise", Map.of());

		assertThat(finalised.redirectPath()).isEqualTo(pep.path());
		Pep now = testPeps.now(pep);
		assertThat(now.stage()).isEqualTo(PepStage.FINALISED);
		assertThat(now.nextMeetingDate()).isEqualTo(LocalDate.of(2030, 9, 16));
		assertThat(peps.finalPdf(pep.id())).hasValueSatisfying(
				pdf -> assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF"));
		Document overview = visitor.get(pep.path()).document();
		assertThat(overview.select(".govuk-notification-banner").text()).contains(pep.reference() + " finalised");
		assertThat(overview.select("a[href=" + pep.path() + "/final.pdf]")).isNotEmpty();
		assertThat(overview.select("button").eachText()).doesNotContain("Finalise the PEP");
	}

	@Test
	void aSocialWorkerNotLinkedToTheChild_findsNoSuchPep() {
		Pep pep = testPeps.withTheSocialWorker("Nell", "Notlinked");
		visitor.signIn(DemoSignIns.SOCIAL_WORKER, DemoSignIns.PASSWORD);

		var page = visitor.get(pep.path());
		var finalise = visitor.submit("/", pep.path() + "/finalise", Map.of());

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).doesNotContain("Notlinked");
		assertThat(finalise.status()).isEqualTo(404);
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.FINALISING);
	}

}
