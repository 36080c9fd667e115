package org.caseworkportal.pep;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.TestChildren;
import org.caseworkportal.forms.submission.FormSubmissions;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.workflow.WorkItem;
import org.caseworkportal.workflow.WorkItems;
import org.springframework.boot.test.context.TestComponent;

/**
 * PEPs at the stage a test starts from, brought there through {@link PepWorkflow} as the demo
 * Virtual School officer (or another officer) and the school would: being prepared, with the
 * school, with a named professional, submitted, with the social worker. Meetings are in 2030 or
 * later, so that no reminder falls due while the job executor runs.
 */
@TestComponent
public class TestPeps {

	/** The meeting of the PEPs made for a new child by name. */
	public static final LocalDate MEETING = LocalDate.of(2030, 3, 4);

	private final PepWorkflow workflow;

	private final Peps peps;

	private final Accounts accounts;

	private final FormSubmissions submissions;

	private final TestChildren children;

	private final WorkItems workItems;

	TestPeps(PepWorkflow workflow, Peps peps, Accounts accounts, FormSubmissions submissions, TestChildren children,
			WorkItems workItems) {
		this.workflow = workflow;
		this.peps = peps;
		this.accounts = accounts;
		this.submissions = submissions;
		this.children = children;
		this.workItems = workItems;
	}

	/** Started by the demo officer for a new child at Riverside Demo Academy, to be sent to the school. */
	public Pep beingPrepared(String forename, String surname) {
		return beingPrepared(children.inCareAtRiverside(forename, surname), MEETING, officer());
	}

	/** Started by {@code officer}, to be sent to the child's setting. */
	public Pep beingPrepared(ChildId child, LocalDate meetingDate, PortalUser officer) {
		return workflow.start(officer, new StartPep(child, meetingDate, Completion.SETTING, null, null));
	}

	/** Sent to Riverside Demo Academy for its Designated Teacher to complete. */
	public Pep withTheSchool(String forename, String surname) {
		return sent(officer(), beingPrepared(forename, surname));
	}

	/** Completed by Riverside's Designated Teacher and submitted, waiting for the officer's quality assurance. */
	public Pep submittedByTheSchool(String forename, String surname) {
		return answerAndSubmit(withTheSchool(forename, surname), user(DemoSignIns.RIVERSIDE_TEACHER));
	}

	/** Accepted at quality assurance without a spot-check: with {@link TestChildren#SOCIAL_WORKER} to finalise. */
	public Pep withTheSocialWorker(String forename, String surname) {
		Pep pep = submittedByTheSchool(forename, surname);
		workflow.qualityAssure(officer(), pep.id(), new QualityAssurance(true, QualityRating.GREEN, "Clear targets.", false));
		return now(pep);
	}

	/** Started by the demo officer and sent to the child's setting. */
	public Pep withTheSchool(ChildId child, LocalDate meetingDate) {
		return withTheSchool(child, meetingDate, officer());
	}

	public Pep withTheSchool(ChildId child, LocalDate meetingDate, PortalUser officer) {
		return sent(officer, beingPrepared(child, meetingDate, officer));
	}

	/** Started by the demo officer and sent to a professional by name. */
	public Pep withProfessional(ChildId child, LocalDate meetingDate, AccountId professional) {
		return sent(officer(), workflow.start(officer(),
				new StartPep(child, meetingDate, Completion.PROFESSIONAL, professional, null)));
	}

	/** Started by the demo officer, who completes it in house. */
	public Pep inHouse(ChildId child, LocalDate meetingDate) {
		return inHouse(child, meetingDate, officer());
	}

	public Pep inHouse(ChildId child, LocalDate meetingDate, PortalUser officer) {
		return sent(officer, workflow.start(officer, new StartPep(child, meetingDate, Completion.IN_HOUSE, null, null)));
	}

	/** Answers every required question of the PEP's form, so that it can be submitted; returns the new revision. */
	public int answerEverything(Pep pep, AccountId by) {
		var draft = submissions.find(pep.submissionId()).orElseThrow();
		if (!submissions.saveDraft(draft.id(), draft.revision(), CompletePepAnswers.forReview(draft.answers()), Set.of(), by)) {
			throw new IllegalStateException("Someone saved " + pep.reference() + " meanwhile");
		}
		return draft.revision() + 1;
	}

	/** Answers every required question and submits the contribution, as {@code by} would. */
	public Pep answerAndSubmit(Pep pep, PortalUser by) {
		List<ErrorMessage> problems = workflow.submitContribution(by, pep.id(), answerEverything(pep, by.id()));
		if (!problems.isEmpty()) {
			throw new IllegalStateException(pep.reference() + " was not submitted: " + problems);
		}
		return now(pep);
	}

	/** When the PEP's open task is due, as its work item says; null when it has none. */
	public LocalDate dueDate(Pep pep) {
		return workItems.openOf(PepProcess.KEY, pep.id()).stream().findFirst().map(WorkItem::dueDate).orElse(null);
	}

	public Pep now(Pep pep) {
		return peps.find(pep.id()).orElseThrow();
	}

	public PortalUser officer() {
		return user(DemoSignIns.VIRTUAL_SCHOOL_OFFICER);
	}

	public PortalUser user(String email) {
		return accounts.findByEmail(email).orElseThrow();
	}

	private Pep sent(PortalUser officer, Pep pep) {
		workflow.sendForCompletion(officer, pep.id());
		return now(pep);
	}

}
