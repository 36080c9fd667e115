package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.people.ChildId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A finalised PEP's PDF, from the PEP history on the child's record, for whoever may see the PEP and nobody else. */
class FinalPepPdfIntegrationTest extends PortalVisitorTest {

	@Autowired
	PepWorkflow workflow;

	@Autowired
	TestPeps testPeps;

	@Autowired
	TestChildren children;

	@Test
	void theHistoryLinksTheFinalPdf_whichOnlyPeopleWhoMaySeeThePepCanDownload() {
		ChildId child = children.inCareAtRiverside("Fern", "O'Finalby");
		Pep pep = finalisedInHouse(child);

		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		var history = visitor.get("/children/" + child.value()).document().select("#pep-history tbody tr");
		assertThat(history).hasSize(1);
		assertThat(history.text()).contains(pep.reference(), "Finalised");
		String link = history.select("a:contains(Final PDF)").attr("href");
		assertThat(link).isEqualTo("/peps/" + pep.id() + "/final.pdf");

		var download = visitor.get(link);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(download.header("Content-Disposition"))
			.startsWith("attachment")
			.contains(pep.reference().toLowerCase() + "-o-finalby-final.pdf");
		assertThat(new String(visitor.download(link), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

		var socialWorker = new PortalVisitor(port);
		socialWorker.signIn(TestChildren.SOCIAL_WORKER, DemoSignIns.PASSWORD);
		assertThat(socialWorker.download(link)).startsWith("%PDF".getBytes(StandardCharsets.ISO_8859_1));

		// Riverside sees the child but was never sent this in-house PEP; the demo social worker is not Fern's.
		for (String notTheirs : new String[] { DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.SOCIAL_WORKER }) {
			var other = new PortalVisitor(port);
			other.signIn(notTheirs, DemoSignIns.PASSWORD);
			var refused = other.get(link);
			assertThat(refused.status()).as(notTheirs).isEqualTo(404);
			assertThat(refused.body()).doesNotContain("%PDF");
		}
	}

	@Test
	void aPepNotYetFinalHasNoFinalPdf() {
		Pep pep = testPeps.beingPrepared("Nell", "Notyetfinal");
		ChildId child = pep.childId();

		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/peps/" + pep.id() + "/final.pdf").status()).isEqualTo(404);
		assertThat(visitor.get("/children/" + child.value()).document().select("#pep-history a:contains(Final PDF)"))
			.isEmpty();
	}

	/** Completed in-house by the demo officer, with no spot-check, and finalised by the tests' social worker. */
	private Pep finalisedInHouse(ChildId child) {
		Pep pep = testPeps.answerAndSubmit(testPeps.inHouse(child, LocalDate.of(2030, 5, 6)), testPeps.officer());
		workflow.finalise(testPeps.user(TestChildren.SOCIAL_WORKER), pep.id());
		return pep;
	}

}
