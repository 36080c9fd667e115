package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.people.ChildId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four starts of a PEP for one child at the same moment (a double click, two officers) make one
 * PEP; the others are refused with the reason, and none fails with an error (issue 9, finding 2).
 */
@PortalIntegrationTest
class StartingAPepTwiceAtOnceMakesOnePepIntegrationTest {

	private static final int AT_ONCE = 4;

	@Autowired
	PepWorkflow workflow;

	@Autowired
	Peps peps;

	@Autowired
	TestChildren children;

	@Autowired
	TestPeps testPeps;

	@Test
	void oneStartWins_theOthersAreToldThePepIsInProgress() throws Exception {
		ChildId child = children.inCareAtRiverside("Tom", "Twice");
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService officers = Executors.newFixedThreadPool(AT_ONCE);
		List<Future<Pep>> starts = new ArrayList<>();
		for (int i = 0; i < AT_ONCE; i++) {
			starts.add(officers.submit(() -> {
				go.await();
				return workflow.start(testPeps.officer(), new StartPep(child, TestPeps.MEETING, Completion.SETTING, null, null));
			}));
		}
		go.countDown();
		List<Pep> started = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (Future<Pep> start : starts) {
			try {
				started.add(start.get());
			}
			catch (java.util.concurrent.ExecutionException failed) {
				assertThat(failed.getCause()).isInstanceOf(PepRefused.class);
				refused.add(failed.getCause().getMessage());
			}
		}
		officers.shutdown();

		assertThat(started).hasSize(1);
		assertThat(refused).hasSize(AT_ONCE - 1).allSatisfy(reason -> assertThat(reason).contains("already has a PEP in progress"));
		assertThat(peps.ofChild(child)).extracting(Pep::id).containsExactly(started.get(0).id());
	}

	@Test
	void aChildWhosePepWasRetractedCanHaveANewOne() {
		Pep first = testPeps.beingPrepared("Rita", "Restart");
		workflow.retract(testPeps.officer(), first.id(), "Started in error");

		Pep second = workflow.start(testPeps.officer(), new StartPep(first.childId(), TestPeps.MEETING, Completion.SETTING, null, null));

		assertThat(second.stage()).isEqualTo(PepStage.PREPARING);
	}

}
