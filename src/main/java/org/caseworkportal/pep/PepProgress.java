package org.caseworkportal.pep;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Keeps each PEP's row in step with its process, called from {@code bpmn/pep.bpmn} as the bean
 * {@code pepProgress}: a task listener on every user task and an execution listener on both end
 * events. Listeners rather than the service layer, so that the row follows the process whichever
 * way it moves (a page, Cockpit, a returned PEP's loop) in the engine's own transaction.
 */
@Component("pepProgress")
public class PepProgress {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Peps peps;

	PepProgress(Peps peps) {
		this.peps = peps;
	}

	public void taskCreated(DelegateTask task) {
		boolean returned = "returned".equals(task.getVariable("qaDecision"));
		LocalDate due = task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(LONDON).toLocalDate();
		peps.taskOpened(task.getExecution().getProcessBusinessKey(),
				PepStage.ofTask(task.getTaskDefinitionKey(), returned), task.getId(), due);
	}

	public void finished(DelegateExecution pep) {
		peps.ended(pep.getProcessBusinessKey(), PepStage.FINALISED);
	}

	public void retracted(DelegateExecution pep) {
		peps.ended(pep.getProcessBusinessKey(), PepStage.RETRACTED);
	}

}
