package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A double-clicked Finalise or quality assurance decision, sent twice at the same moment through
 * the pages, is done once: one answer goes on as usual, the other shows the PEP with what
 * happened; neither is an error, and nothing of the PEP reaches the log (issue 9, finding 3).
 */
@ExtendWith(OutputCaptureExtension.class)
class PepDecisionsSentTwiceAtOnceAreDoneOnceIntegrationTest extends PortalVisitorTest {

	@Autowired
	TestPeps testPeps;

	@Autowired
	Peps peps;

	@Autowired
	JdbcClient jdbc;

	@Test
	void finaliseSentTwiceAtOnce_finalisesOnceWithOnePdf(CapturedOutput log) {
		Pep pep = testPeps.withTheSocialWorker("Fred", "Doubleclick");
		visitor.signIn(TestChildren.SOCIAL_WORKER, DemoSignIns.PASSWORD);

		List<Page> answers = twiceAtOnce(visitor, pep.path(), pep.path() + "/finalise", Map.of());

		assertThat(answers).extracting(Page::status).allSatisfy(status -> assertThat(status).isIn(200, 302));
		assertThat(answers).filteredOn(answer -> answer.status() == 302).hasSizeGreaterThanOrEqualTo(1);
		assertThat(answers).filteredOn(answer -> answer.status() == 200)
			.allSatisfy(page -> assertThat(page.document().select(".govuk-error-summary").text())
				.containsAnyOf("already been finalised by", "now at the stage 'Finalised'"));
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.FINALISED);
		assertThat(jdbc.sql("select count(*) from pep_final_pdf where pep_id = :id").param("id", pep.id()).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(log.getOut()).doesNotContain("pep_final_pdf").doesNotContain("DuplicateKey");
	}

	@Test
	void aQualityAssuranceDecisionSentTwiceAtOnce_isRecordedOnce(CapturedOutput log) {
		Pep pep = testPeps.submittedByTheSchool("Quin", "Doubleclick");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		List<Page> answers = twiceAtOnce(visitor, pep.path(), pep.path() + "/quality-assurance",
				Map.of("decision", "return", "rating", "AMBER", "comments", "Add the attendance figure."));

		assertThat(answers).extracting(Page::status).allSatisfy(status -> assertThat(status).isIn(200, 302));
		Pep now = testPeps.now(pep);
		assertThat(now.stage()).isEqualTo(PepStage.RETURNED);
		assertThat(now.returnedCount()).as("returned once, not twice").isEqualTo(1);
		assertThat(log.getOut()).doesNotContain("OptimisticLocking");
	}

	/** Both posts leave together, as a double click's do, with the page's CSRF token. */
	private static List<Page> twiceAtOnce(PortalVisitor visitor, String page, String action, Map<String, String> fields) {
		var form = new java.util.LinkedHashMap<>(fields);
		form.put("_csrf", visitor.get(page).document().select("input[name=_csrf]").first().val());
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Page>> posts = List.of(1, 2).stream().map(click -> CompletableFuture.supplyAsync(() -> {
			try {
				go.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return visitor.post(action, form);
		})).toList();
		go.countDown();
		return posts.stream().map(CompletableFuture::join).toList();
	}

}
