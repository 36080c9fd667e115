package org.caseworkportal.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A case as an execution of its process shows it. */
final class ExecutionCaseScope implements CaseScope {

	private final DelegateExecution execution;

	ExecutionCaseScope(DelegateExecution execution) {
		this.execution = execution;
	}

	@Override
	public String businessKey() {
		return execution.getProcessBusinessKey();
	}

	@Override
	public <T> T get(ProcessVariable<T> variable) {
		return variable.read(execution.getVariable(variable.name()));
	}

	@Override
	public <T> void set(ProcessVariable<T> variable, T value) {
		execution.setVariable(variable.name(), variable.write(value));
	}

}
