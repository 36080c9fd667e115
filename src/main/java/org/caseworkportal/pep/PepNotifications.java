package org.caseworkportal.pep;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the PEP process tells people, called from {@code bpmn/pep.bpmn} as the bean
 * {@code pepNotifications}: {@code ${pepNotifications.reminder(execution, 'contribution')}}.
 *
 * <p>For now each notification is only logged, so that the process runs end to end; the emails
 * (Freemarker templates through the outbox, to the assignee and the officer) replace the logging
 * in the next step of the PEP work. The process tests check each call happens once, at the right
 * moment.
 */
@Component("pepNotifications")
public class PepNotifications {

	private static final Logger log = LoggerFactory.getLogger(PepNotifications.class);

	/** The PEP was delegated: the setting's nominated email and its members, or the named professional. */
	public void newDelegatedForm(DelegateExecution pep) {
		logged(pep, "new delegated form");
	}

	/** A step's due date is near ({@code step} as in {@code pepTimescales}). */
	public void reminder(DelegateExecution pep, String step) {
		logged(pep, "reminder for " + step);
	}

	/** A step's task is still open at its due date. */
	public void overdue(DelegateExecution pep, String step) {
		logged(pep, "overdue " + step);
	}

	/** The officer returned the PEP to the school for amendments, with {@code qaComments}. */
	public void returnedForAmendment(DelegateExecution pep) {
		logged(pep, "returned for amendment");
	}

	/** The officer retracted the PEP; every open task of it is gone. */
	public void retracted(DelegateExecution pep) {
		logged(pep, "retracted");
	}

	/** The social worker finalised the PEP. */
	public void finalised(DelegateExecution pep) {
		logged(pep, "finalised");
	}

	private static void logged(DelegateExecution pep, String what) {
		log.info("PEP {}: {}", pep.getProcessBusinessKey(), what);
	}

}
