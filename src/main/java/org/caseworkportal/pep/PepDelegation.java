package org.caseworkportal.pep;

import java.util.List;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.SettingId;
import org.caseworkportal.workflow.CaseScope;
import org.caseworkportal.workflow.Holder;
import org.caseworkportal.workflow.ProcessVariable;
import org.springframework.stereotype.Component;

/**
 * Who may complete a delegated PEP, called from {@code bpmn/pep.bpmn} as the bean
 * {@code pepDelegation}. Delegated to the setting ({@code completion = "setting"}), any member of
 * the setting may pick the task up (candidate group {@code setting:<settingId>}); delegated to a
 * named professional ({@code completion = "professional"}), it is theirs alone.
 *
 * <p>In Java rather than in the BPMN's expression language because a task without candidate
 * groups needs an empty list, which that language cannot write (an empty string would make a
 * group called "").
 */
@Component("pepDelegation")
public class PepDelegation {

	public List<String> candidateGroups(CaseScope pep) {
		return isTo(pep, Completion.SETTING)
				? List.of(new Holder.SettingMembers(new SettingId(required(pep, PepProcess.SETTING_ID))).name()) : List.of();
	}

	public String assignee(CaseScope pep) {
		return isTo(pep, Completion.PROFESSIONAL)
				? new Holder.Person(new AccountId(required(pep, PepProcess.PROFESSIONAL))).name() : null;
	}

	private static boolean isTo(CaseScope pep, Completion completion) {
		return completion.variable().equals(pep.get(PepProcess.COMPLETION));
	}

	private static Long required(CaseScope pep, ProcessVariable<Long> variable) {
		Long value = pep.get(variable);
		if (value == null) {
			throw new IllegalStateException("A PEP delegated as \"" + pep.get(PepProcess.COMPLETION)
					+ "\" needs the process variable " + variable);
		}
		return value;
	}

}
