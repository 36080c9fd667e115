package org.caseworkportal.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The bean {@code cases} of the BPMN's expressions: hands a feature's bean the case it runs in,
 * without the engine's types ({@code ${pepNotifications.reminder(cases.of(execution), 'contribution')}}).
 */
@Component("cases")
public class Cases {

	public CaseScope of(DelegateExecution execution) {
		return new ExecutionCaseScope(execution);
	}

}
