package org.caseworkportal.pep;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseworkportal.pep.timescales.PepStep;
import org.caseworkportal.pep.timescales.PepTimescales;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.ChildSummary;
import org.caseworkportal.web.DisplayTime;
import org.springframework.stereotype.Component;

/**
 * What the PEP process tells people, called from {@code bpmn/pep.bpmn} as the bean
 * {@code pepNotifications}: {@code ${pepNotifications.reminder(execution, 'contribution')}}.
 * Each is an email queued in the engine's transaction (see {@link PepRecipients} for who gets
 * it). An email says no more about the child than their first name and surname initial: an
 * address can be mistyped, and a school's nominated mailbox is shared.
 */
@Component("pepNotifications")
public class PepNotifications {

	/** Set once the school has been sent the PEP, so that only a school that knew of it hears it was retracted. */
	static final String SCHOOL_TOLD = "schoolTold";

	private final PepRecipients recipients;

	private final PepEmails emails;

	private final ChildAccessPolicy children;

	private final PepTimescales timescales;

	PepNotifications(PepRecipients recipients, PepEmails emails, ChildAccessPolicy children,
			PepTimescales timescales) {
		this.recipients = recipients;
		this.emails = emails;
		this.children = children;
		this.timescales = timescales;
	}

	/** The PEP was delegated: the setting's nominated email and its members, or the named professional. */
	public void newDelegatedForm(DelegateExecution pep) {
		emails.send("new-delegated-form", "New delegated form", recipients.school(pep), about(pep, PepStep.CONTRIBUTION));
		pep.setVariable(SCHOOL_TOLD, true);
	}

	/** A step's due date is near ({@code step} as in {@code pepTimescales}). */
	public void reminder(DelegateExecution pep, String step) {
		PepStep due = PepStep.named(step);
		if (alreadySent(pep, "reminder", due)) {
			return;
		}
		Map<String, Object> about = about(pep, due);
		emails.send("reminder", "Reminder: PEP " + pep.getProcessBusinessKey() + " is due by " + about.get("dueDate"),
				recipients.holdersOf(pep, due), about);
	}

	/** A step's task is still open at its due date: its holder and the officer are told. */
	public void overdue(DelegateExecution pep, String step) {
		PepStep due = PepStep.named(step);
		if (alreadySent(pep, "overdue", due)) {
			return;
		}
		emails.send("overdue", "PEP " + pep.getProcessBusinessKey() + " is overdue",
				PepRecipients.together(recipients.holdersOf(pep, due), recipients.officer(pep)), about(pep, due));
	}

	/** The officer returned the PEP to the school for amendments, with {@code qaComments}. */
	public void returnedForAmendment(DelegateExecution pep) {
		Map<String, Object> about = about(pep, PepStep.CONTRIBUTION);
		about.put("comments", String.valueOf(pep.getVariable("qaComments")));
		emails.send("returned-for-amendment", "PEP " + pep.getProcessBusinessKey() + " has been returned for amendment",
				recipients.school(pep), about);
	}

	/**
	 * The officer retracted the PEP; every open task of it is gone. The school is told only if it
	 * was told of the PEP: one retracted in-house or before it was delegated was never theirs.
	 */
	public void retracted(DelegateExecution pep) {
		if (Boolean.TRUE.equals(pep.getVariable(SCHOOL_TOLD))) {
			emails.send("retracted", "PEP " + pep.getProcessBusinessKey() + " has been retracted",
					recipients.school(pep), about(pep, null));
		}
	}

	/** The social worker finalised the PEP: the officer and the social worker are told. */
	public void finalised(DelegateExecution pep) {
		emails.send("finalised", "PEP " + pep.getProcessBusinessKey() + " has been finalised",
				PepRecipients.together(recipients.officer(pep), recipients.socialWorker(pep)), about(pep, null));
	}

	/**
	 * Whether this notice was sent for this step before, and notes that it has been now. A PEP
	 * returned to the school after its due date has the timers of a new task, whose moments have
	 * passed; they fire at once, and the school would be reminded of a date it was already told.
	 */
	private static boolean alreadySent(DelegateExecution pep, String notice, PepStep step) {
		String sent = notice + "Sent_" + step.name();
		if (Boolean.TRUE.equals(pep.getVariable(sent))) {
			return true;
		}
		pep.setVariable(sent, true);
		return false;
	}

	/** The child, the reference and, for a step, its task and due date. */
	private Map<String, Object> about(DelegateExecution pep, PepStep step) {
		Map<String, Object> about = new HashMap<>();
		about.put("child", firstNameAndInitial(pep.getVariable("childId")));
		about.put("reference", pep.getProcessBusinessKey());
		Object pepId = pep.getVariable(PepWorkflow.PEP_ID);
		if (pepId != null) {
			about.put(PepEmails.PAGE, "/peps/" + pepId);
		}
		if (step != null) {
			LocalDate meeting = LocalDate.parse(String.valueOf(pep.getVariable("meetingDate")));
			about.put("dueDate", DisplayTime.date(timescales.due(step, meeting)));
			about.put("task", taskOf(step));
		}
		return about;
	}

	private String firstNameAndInitial(Object childId) {
		ChildSummary child = children.recordOf(new ChildId(Long.parseLong(String.valueOf(childId))))
			.orElseThrow(() -> new IllegalStateException("A PEP names child " + childId + ", who has no record"))
			.child();
		return child.forename() + " " + child.surname().charAt(0) + ".";
	}

	private static String taskOf(PepStep step) {
		switch (step) {
			case CONTRIBUTION:
				return "complete the PEP";
			case QUALITY_ASSURANCE:
				return "quality-assure the PEP";
			case SPOT_CHECK:
				return "spot-check the PEP";
			default:
				return "finalise the PEP";
		}
	}

}
