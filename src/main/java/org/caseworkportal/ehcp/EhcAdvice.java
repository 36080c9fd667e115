package org.caseworkportal.ehcp;

import java.util.List;

import org.caseworkportal.workflow.CaseScope;
import org.caseworkportal.workflow.Holder;
import org.springframework.stereotype.Component;

/**
 * Who is asked for a piece of advice, called from {@code bpmn/ehcp-assessment.bpmn} as the bean
 * {@code ehcAdvice} when {@code Task_GiveAdvice} is created, from the advice request's own
 * {@code adviceHolder}. A person asked by name (an account's id) has the task; a setting
 * ({@code setting:7}) or a role on the child ({@code child:PARENT}) is offered it, so that whoever
 * holds that place when they look may give the advice.
 *
 * <p>In Java rather than in the BPMN's expression language because a task without candidate
 * groups needs an empty list, which that language cannot write.
 */
@Component("ehcAdvice")
public class EhcAdvice {

	public String assignee(CaseScope advice) {
		return askedOf(advice) instanceof Holder.Person person ? person.name() : null;
	}

	public List<String> candidateGroups(CaseScope advice) {
		Holder asked = askedOf(advice);
		return asked instanceof Holder.Person ? List.of() : List.of(asked.name());
	}

	/** The advice request's holder; one outside the portal's vocabulary stops the request with the reason. */
	private static Holder askedOf(CaseScope advice) {
		String holder = advice.get(EhcAssessmentProcess.ADVICE_HOLDER);
		if (holder == null || holder.isBlank()) {
			throw new IllegalStateException("An advice request on " + advice.businessKey() + " needs the variable "
					+ EhcAssessmentProcess.ADVICE_HOLDER + ": an account's id, setting:<id> or child:<RELATIONSHIP>");
		}
		return holder.chars().allMatch(Character::isDigit) ? Holder.ofUser(holder) : Holder.ofGroup(holder);
	}

}
