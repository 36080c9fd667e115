package org.caseworkportal.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.stereotype.Service;

/** Starts processes, completes their user tasks and correlates messages to them, in the caller's transaction. */
@Service
public class Workflows {

	private final RuntimeService runtime;

	private final TaskService tasks;

	Workflows(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	/** Starts a case's process with its business key; returns the process instance's id. */
	public String start(String processKey, String businessKey, CaseVariables variables) {
		return runtime.startProcessInstanceByKey(processKey, businessKey, variables.asMap()).getId();
	}

	/**
	 * Completes the work item's user task, setting the decisions it carries as process variables.
	 * Throws {@link WorkAlreadyDone} when the task is no longer there, or someone completes it at the same moment.
	 */
	public void complete(WorkItem item, CaseVariables decisions) {
		try {
			tasks.complete(item.taskId(), decisions.asMap());
		}
		catch (NullValueException | OptimisticLockingException gone) {
			throw new WorkAlreadyDone(item);
		}
	}

	/** Sends the message to the one process with this business key that waits for it. */
	public void send(String message, String businessKey) {
		runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).correlate();
	}

}
