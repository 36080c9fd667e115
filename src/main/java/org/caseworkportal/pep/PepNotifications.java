package org.caseworkportal.pep;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.caseworkportal.pep.timescales.PepStep;
import org.caseworkportal.pep.timescales.PepTimescales;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.ChildSummary;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.workflow.CaseScope;
import org.springframework.stereotype.Component;

/**
 * What the PEP process tells people, called from {@code bpmn/pep.bpmn} as the bean
 * {@code pepNotifications}: {@code ${pepNotifications.reminder(cases.of(execution), 'contribution')}}.
 * Each is an email queued in the engine's transaction (see {@link PepRecipients} for who gets
 * it). An email says no more about the child than their first name and surname initial: an
 * address can be mistyped, and a school's nominated mailbox is shared.
 */
@Component("pepNotifications")
public class PepNotifications {

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
	public void newDelegatedForm(CaseScope pep) {
		emails.send("new-delegated-form", "New delegated form", recipients.school(pep), about(pep, PepStep.CONTRIBUTION));
		pep.set(PepProcess.SCHOOL_TOLD, true);
	}

	/** A step's due date is near ({@code step} as in {@code pepTimescales}). */
	public void reminder(CaseScope pep, String step) {
		PepStep due = PepStep.named(step);
		if (alreadySent(pep, "reminder", due)) {
			return;
		}
		Map<String, Object> about = about(pep, due);
		emails.send("reminder", "Reminder: PEP " + pep.businessKey() + " is due by " + about.get("dueDate"),
				recipients.holders(pep, due), about);
	}

	/** A step's task is still open at its due date: its holder and the officer are told. */
	public void overdue(CaseScope pep, String step) {
		PepStep due = PepStep.named(step);
		if (alreadySent(pep, "overdue", due)) {
			return;
		}
		emails.send("overdue", "PEP " + pep.businessKey() + " is overdue",
				PepRecipients.together(recipients.holders(pep, due), recipients.officer(pep)), about(pep, due));
	}

	/** The officer returned the PEP to the school for amendments, with {@code qaComments}. */
	public void returnedForAmendment(CaseScope pep) {
		Map<String, Object> about = about(pep, PepStep.CONTRIBUTION);
		about.put("comments", pep.get(PepProcess.QA_COMMENTS));
		emails.send("returned-for-amendment", "PEP " + pep.businessKey() + " has been returned for amendment",
				recipients.school(pep), about);
	}

	/**
	 * The officer retracted the PEP; every open task of it is gone. The school is told only if it
	 * was told of the PEP: one retracted in-house or before it was delegated was never theirs.
	 */
	public void retracted(CaseScope pep) {
		if (pep.get(PepProcess.SCHOOL_TOLD)) {
			emails.send("retracted", "PEP " + pep.businessKey() + " has been retracted",
					recipients.school(pep), about(pep, null));
		}
	}

	/** The social worker finalised the PEP: the officer and the social worker are told. */
	public void finalised(CaseScope pep) {
		emails.send("finalised", "PEP " + pep.businessKey() + " has been finalised",
				PepRecipients.together(recipients.officer(pep), recipients.socialWorker(pep)), about(pep, null));
	}

	/**
	 * Whether this notice was sent for this step before, and notes that it has been now. A PEP
	 * returned to the school after its due date has the timers of a new task, whose moments have
	 * passed; they fire at once, and the school would be reminded of a date it was already told.
	 */
	private static boolean alreadySent(CaseScope pep, String notice, PepStep step) {
		if (pep.get(PepProcess.noticeSent(notice, step))) {
			return true;
		}
		pep.set(PepProcess.noticeSent(notice, step), true);
		return false;
	}

	/** The child, the reference and, for a step, its task and due date. */
	private Map<String, Object> about(CaseScope pep, PepStep step) {
		Map<String, Object> about = new HashMap<>();
		about.put("child", firstNameAndInitial(new ChildId(pep.childId())));
		about.put("reference", pep.businessKey());
		about.put(PepEmails.PAGE, "/peps/" + pep.caseId());
		if (step != null) {
			LocalDate meeting = pep.get(PepProcess.MEETING_DATE);
			about.put("dueDate", DisplayTime.date(timescales.due(step, meeting)));
			about.put("task", taskOf(step));
		}
		return about;
	}

	private String firstNameAndInitial(ChildId childId) {
		ChildSummary child = children.recordOf(childId)
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
