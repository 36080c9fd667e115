package org.caseworkportal.ehcp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.caseworkportal.workflow.ProcessVariable;

/**
 * {@code bpmn/ehcp-assessment.bpmn} as Java sees it: its key, its user tasks, its message and its
 * variables with their types, and the values its decisions take. {@code EhcAssessmentProcessModelTest}
 * fails when the BPMN and this class disagree. The business key is the EHC case's reference; the
 * case variables (caseId, childId, requestedBy) come with every case process.
 */
public final class EhcAssessmentProcess {

	public static final String KEY = "Process_EhcAssessment";

	/**
	 * The message that asks a professional (or the parent, or the child) for advice, once for each
	 * request, as often as needed once the SEN team has decided to assess. It carries {@link #ADVICE_ID},
	 * {@link #ADVICE_TYPE}, {@link #ADVICE_HOLDER} and {@link #ADVICE_REQUESTED_ON}; the advice request
	 * copies them into its own scope at once, so each request keeps its own.
	 */
	static final String REQUEST_ADVICE = "RequestAdvice";

	/** The day the local authority received the request for an assessment: the 6, 16, 18 and 20 weeks run from it. */
	static final ProcessVariable<LocalDate> REQUEST_DATE = ProcessVariable.date("requestDate");

	/** Set on completing {@link Task#DECIDE_WHETHER_TO_ASSESS}: {@link AssessDecision}. */
	static final ProcessVariable<String> ASSESS_DECISION = ProcessVariable.text("assessDecision");

	/** Set on completing {@link Task#DECIDE_WHETHER_TO_ISSUE}: {@link IssueDecision}. */
	static final ProcessVariable<String> ISSUE_DECISION = ProcessVariable.text("issueDecision");

	/** The day the draft plan went to the parent, set with {@code issueDecision = issue}: their 15 days run from it. */
	static final ProcessVariable<LocalDate> DRAFT_ISSUED_ON = ProcessVariable.date("draftIssuedOn");

	/** The settings to consult on being named, set on completing {@link Task#COMMENT_ON_DRAFT}; possibly none. */
	static final ProcessVariable<List<Long>> CONSULTED_SETTINGS = ProcessVariable.ids("consultedSettings");

	/** The day the settings were consulted, set with {@link #CONSULTED_SETTINGS} when there are any: their 15 days run from it. */
	static final ProcessVariable<LocalDate> CONSULTATION_STARTED_ON = ProcessVariable.date("consultationStartedOn");

	/** The one setting of a consultation task: the element variable of the multi-instance {@link Task#RESPOND_TO_CONSULTATION}. */
	static final ProcessVariable<Long> CONSULTED_SETTING = ProcessVariable.id("consultedSetting");

	/** The advice request's own id (the row the advice will be kept in). */
	static final ProcessVariable<String> ADVICE_ID = ProcessVariable.text("adviceId");

	/** What advice is asked for: {@link AdviceType}. */
	static final ProcessVariable<String> ADVICE_TYPE = ProcessVariable.text("adviceType");

	/**
	 * Who is asked, in the portal's holder vocabulary: an account's id (the task is theirs),
	 * {@code setting:<id>} or a role on the child such as {@code child:PARENT} (the task is offered to them).
	 */
	static final ProcessVariable<String> ADVICE_HOLDER = ProcessVariable.text("adviceHolder");

	/** The day the advice was asked for: the 6 weeks run from it, and go on running when it is sent back. */
	static final ProcessVariable<LocalDate> ADVICE_REQUESTED_ON = ProcessVariable.date("adviceRequestedOn");

	/** Set on completing {@link Task#REVIEW_ADVICE}: {@link AdviceDecision}. */
	static final ProcessVariable<String> ADVICE_DECISION = ProcessVariable.text("adviceDecision");

	/** Why the caseworker sent the advice back, set with {@code adviceDecision = rejected}; shown on the new task. */
	static final ProcessVariable<String> ADVICE_REJECTION_REASON = ProcessVariable.text("adviceRejectionReason");

	/**
	 * Whether the advice request's reminder has gone. Advice sent back after its reminder date gets
	 * a new task whose timers have passed; they fire at once, and this keeps them quiet.
	 */
	static final ProcessVariable<Boolean> ADVICE_REMINDER_SENT = ProcessVariable.flag("adviceReminderSent");

	/** Whether the advice request's overdue notice has gone, for the same reason. */
	static final ProcessVariable<Boolean> ADVICE_OVERDUE_SENT = ProcessVariable.flag("adviceOverdueSent");

	private EhcAssessmentProcess() {
	}

	/** The assessment's user tasks, by their BPMN ids. */
	enum Task {

		DECIDE_WHETHER_TO_ASSESS("Task_DecideWhetherToAssess"), DECIDE_WHETHER_TO_ISSUE("Task_DecideWhetherToIssue"),
		COMMENT_ON_DRAFT("Task_CommentOnDraft"), RESPOND_TO_CONSULTATION("Task_RespondToConsultation"),
		ISSUE_FINAL_PLAN("Task_IssueFinalPlan"), GIVE_ADVICE("Task_GiveAdvice"), REVIEW_ADVICE("Task_ReviewAdvice");

		private final String id;

		Task(String id) {
			this.id = id;
		}

		String id() {
			return id;
		}

	}

	/** {@link #ASSESS_DECISION}'s values. */
	enum AssessDecision {

		ASSESS, NOT_ASSESS;

		String variable() {
			return asWritten(this);
		}

	}

	/** {@link #ISSUE_DECISION}'s values: issue means the draft plan has gone to the parent. */
	enum IssueDecision {

		ISSUE, NOT_ISSUE;

		String variable() {
			return asWritten(this);
		}

	}

	/** {@link #ADVICE_DECISION}'s values. */
	enum AdviceDecision {

		ACCEPTED, REJECTED;

		String variable() {
			return asWritten(this);
		}

	}

	/** {@link #ADVICE_TYPE}'s values: the advice and information the Regulations ask for (reg. 6(1)), and other. */
	enum AdviceType {

		EDUCATIONAL, PSYCHOLOGICAL, HEALTH, SOCIAL_CARE, PARENT_VIEWS, CHILD_VIEWS, PREPARING_FOR_ADULTHOOD, OTHER;

		String variable() {
			return asWritten(this);
		}

	}

	/** A value as the process variables hold it: {@code NOT_ASSESS} is {@code notAssess}. */
	private static String asWritten(Enum<?> value) {
		StringBuilder written = new StringBuilder();
		for (String word : value.name().toLowerCase(Locale.ROOT).split("_")) {
			written.append(written.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return written.toString();
	}

}
