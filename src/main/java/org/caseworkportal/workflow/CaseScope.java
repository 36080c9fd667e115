package org.caseworkportal.workflow;

/**
 * A running case as the BPMN hands it to a feature's bean ({@code ${pepNotifications.reminder(cases.of(execution), ...)}}):
 * its business key and its variables, typed, without the engine's own types.
 */
public interface CaseScope {

	String businessKey();

	/** The variable's value, from this scope or the case's; null when unset (a flag: false). */
	<T> T get(ProcessVariable<T> variable);

	/** Sets the variable on the case. */
	<T> void set(ProcessVariable<T> variable, T value);

	/** The case's own row (a PEP's id): every case process has it. */
	default long caseId() {
		return get(CaseVariables.CASE_ID);
	}

	/** The child the case is about: every case process has it. */
	default long childId() {
		return get(CaseVariables.CHILD_ID);
	}

}
