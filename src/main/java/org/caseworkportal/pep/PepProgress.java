package org.caseworkportal.pep;

import org.caseworkportal.workflow.CaseEnded;
import org.caseworkportal.workflow.WorkItemOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each PEP's stage in step with its process (its due dates are its work items'), in the engine's own transaction, whichever
 * way the process moves (a page, a timer, a returned PEP's loop, an administrator in Cockpit):
 * a new work item is a new stage, and the end of the process is finalised, retracted, or, when an
 * administrator cancelled it, ended.
 */
@Component
class PepProgress {

	private final Peps peps;

	PepProgress(Peps peps) {
		this.peps = peps;
	}

	@EventListener(condition = "#opened.item().processKey() == T(org.caseworkportal.pep.PepProcess).KEY")
	void taskOpened(WorkItemOpened opened) {
		peps.taskOpened(opened.item().caseId(), opened.item().taskKey());
	}

	@EventListener(condition = "#ended.processKey() == T(org.caseworkportal.pep.PepProcess).KEY")
	void ended(CaseEnded ended) {
		peps.ended(ended.caseId());
	}

}
