package org.caseworkportal.pep;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Who may complete a delegated PEP, called from {@code bpmn/pep.bpmn} as the bean
 * {@code pepDelegation}. Delegated to the setting ({@code completion = "setting"}), any member of
 * the group {@code setting:<settingId>} may pick the task up; delegated to a named professional
 * ({@code completion = "professional"}), it is theirs alone.
 *
 * <p>In Java rather than in the BPMN's expression language because a task without candidate
 * groups needs an empty list, which that language cannot write (an empty string would make a
 * group called "").
 */
@Component("pepDelegation")
public class PepDelegation {

	/** The candidate group of the members of an education setting. */
	public static String settingGroup(String settingId) {
		return "setting:" + settingId;
	}

	public List<String> candidateGroups(VariableScope pep) {
		return Completion.SETTING.variable().equals(pep.getVariable("completion"))
				? List.of(settingGroup(String.valueOf(required(pep, "settingId")))) : List.of();
	}

	public String assignee(VariableScope pep) {
		return isToProfessional(pep) ? String.valueOf(required(pep, "professional")) : null;
	}

	static boolean isToProfessional(VariableScope pep) {
		return Completion.PROFESSIONAL.variable().equals(pep.getVariable("completion"));
	}

	static boolean isInHouse(VariableScope pep) {
		return Completion.IN_HOUSE.variable().equals(pep.getVariable("completion"));
	}

	private static Object required(VariableScope pep, String name) {
		Object value = pep.getVariable(name);
		if (value == null) {
			throw new IllegalStateException("A PEP delegated as \"" + pep.getVariable("completion")
					+ "\" needs the process variable " + name);
		}
		return value;
	}

}
