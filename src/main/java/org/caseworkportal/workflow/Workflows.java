package org.caseworkportal.workflow;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

	/** Starts the process with its business key; returns the process instance's id. */
	public String start(String processKey, String businessKey, Map<String, Object> variables) {
		return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
	}

	/** Completes the open user task, setting the decisions it carries as process variables. */
	public void complete(String taskId, Map<String, Object> decisions) {
		tasks.complete(taskId, decisions);
	}

	/** Sends the message to the one process with this business key that waits for it. */
	public void send(String message, String businessKey) {
		runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).correlate();
	}

}
