package org.caseworkportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.PepProcess;
import org.caseworkportal.pep.TestPeps;
import org.caseworkportal.web.AlreadyDone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Completing a work item someone completed meanwhile says so, as an {@link AlreadyDone}, and changes nothing. */
@PortalIntegrationTest
class WorkflowsIntegrationTest {

	@Autowired
	Workflows workflows;

	@Autowired
	WorkItems workItems;

	@Autowired
	TestPeps testPeps;

	@Test
	void completingAWorkItemThatIsGone_isAlreadyDone() {
		Pep pep = testPeps.beingPrepared("Dot", "Doubleclick");
		WorkItem preparing = workItems.openOf(PepProcess.KEY, pep.id()).get(0);
		workflows.complete(preparing, CaseVariables.none());
		WorkItem withTheSchool = workItems.openOf(PepProcess.KEY, pep.id()).get(0);

		assertThatThrownBy(() -> workflows.complete(preparing, CaseVariables.none())).isInstanceOf(AlreadyDone.class)
			.hasMessageContaining(pep.reference() + " has already been done");
		assertThat(workItems.openOf(PepProcess.KEY, pep.id())).containsExactly(withTheSchool);
	}

}
