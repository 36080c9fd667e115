package org.caseworkportal.ehcp;

import org.caseworkportal.workflow.CaseScope;

/**
 * What the EHC needs assessment tells people, as {@code bpmn/ehcp-assessment.bpmn} calls it (the
 * bean {@code ehcNotifications}): {@code ${ehcNotifications.reminder(cases.of(execution), 'decideToAssess')}}.
 *
 * <p>No bean implements it yet: the letters, emails and portal messages arrive with the
 * caseworker's workspace, and until then no page starts an assessment. The process tests register
 * a mock under the bean's name. Each method is one notice; who receives it (the parent, the
 * caseworker, the professional or setting asked) is the implementation's to decide.
 */
public interface EhcNotifications {

	/** The parent is told the authority will assess (reg. 5). */
	void decidedToAssess(CaseScope assessment);

	/** The parent is told the authority will not assess, with its reasons and their right to appeal (reg. 5). */
	void decidedNotToAssess(CaseScope assessment);

	/** The parent is told the authority will not issue a plan, with its reasons and their right to appeal (reg. 10). */
	void decidedNotToIssue(CaseScope assessment);

	/** The draft plan has gone to the parent: their 15 days to comment and to ask for a school or college (reg. 13). */
	void draftIssued(CaseScope assessment);

	/** The final plan is issued: the parent, and the setting named in it, are sent it. */
	void finalPlanIssued(CaseScope assessment);

	/** The caseworker sent a piece of advice back with {@code adviceRejectionReason}: whoever gave it is told. */
	void adviceRejected(CaseScope advice);

	/**
	 * A step's due date is near ({@code step} as in {@code ehcTimescales}); for advice, once for each
	 * advice request.
	 */
	void reminder(CaseScope assessment, String step);

	/** A step's task is still open at its due date; for advice, once for each advice request. */
	void overdue(CaseScope assessment, String step);

	/** 18 weeks have passed since the request and the final plan is not issued: 2 weeks remain. */
	void finalPlanAtRisk(CaseScope assessment);

	/** 20 weeks have passed since the request and the final plan is not issued: the statutory limit is missed. */
	void finalPlanOverdue(CaseScope assessment);

}
