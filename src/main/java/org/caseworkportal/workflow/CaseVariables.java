package org.caseworkportal.workflow;

import java.util.HashMap;
import java.util.Map;

/**
 * The variables every case process starts with, which the work items are written from: the case's
 * own row, the child it is about, and who sent the work (a worktray's "sent by").
 */
public final class CaseVariables {

	public static final ProcessVariable<Long> CASE_ID = ProcessVariable.id("caseId");

	public static final ProcessVariable<Long> CHILD_ID = ProcessVariable.id("childId");

	public static final ProcessVariable<Long> REQUESTED_BY = ProcessVariable.id("requestedBy");

	private final Map<String, Object> values = new HashMap<>();

	private CaseVariables() {
	}

	/** The variables of a new case: its row, its child and who sent it, then whatever the process adds with {@link #with}. */
	public static CaseVariables of(long caseId, long childId, long requestedBy) {
		return new CaseVariables().with(CASE_ID, caseId).with(CHILD_ID, childId).with(REQUESTED_BY, requestedBy);
	}

	/** Variables a step sets, such as a decision. */
	public static CaseVariables none() {
		return new CaseVariables();
	}

	public <T> CaseVariables with(ProcessVariable<T> variable, T value) {
		if (value != null) {
			values.put(variable.name(), variable.write(value));
		}
		return this;
	}

	Map<String, Object> asMap() {
		return Map.copyOf(values);
	}

}
