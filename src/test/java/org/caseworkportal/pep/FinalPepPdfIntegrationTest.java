package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.forms.submission.FormSubmissions;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A finalised PEP's PDF, from the PEP history on the child's record, for whoever may see the PEP and nobody else. */
class FinalPepPdfIntegrationTest extends PortalVisitorTest {

	@Autowired
	PepWorkflow workflow;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	Accounts accounts;

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
		ChildId child = children.inCareAtRiverside("Nell", "Notyetfinal");
		Pep pep = workflow.start(user(DemoSignIns.VIRTUAL_SCHOOL_OFFICER),
				new StartPep(child, LocalDate.of(2030, 5, 6), Completion.IN_HOUSE, null, null));

		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/peps/" + pep.id() + "/final.pdf").status()).isEqualTo(404);
		assertThat(visitor.get("/children/" + child.value()).document().select("#pep-history a:contains(Final PDF)"))
			.isEmpty();
	}

	/** Completed in-house by the demo officer, with no spot-check, and finalised by the tests' social worker. */
	private Pep finalisedInHouse(ChildId child) {
		PortalUser officer = user(DemoSignIns.VIRTUAL_SCHOOL_OFFICER);
		Pep pep = workflow.start(officer, new StartPep(child, LocalDate.of(2030, 5, 6), Completion.IN_HOUSE, null, null));
		workflow.sendForCompletion(officer, pep.id());
		var draft = submissions.find(pep.submissionId()).orElseThrow();
		Map<String, Object> answers = CompletePepAnswers.forReview(draft.answers());
		submissions.saveDraft(pep.submissionId(), draft.revision(), answers, Set.of(), officer.id());
		assertThat(workflow.submitContribution(officer, pep.id(), draft.revision() + 1)).isEmpty();
		workflow.finalise(user(TestChildren.SOCIAL_WORKER), pep.id());
		return pep;
	}

	private PortalUser user(String email) {
		return accounts.findByEmail(email).orElseThrow();
	}

}
