package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.TestChildren;
import org.caseworkportal.forms.submission.FormSubmissions;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildId;

/**
 * PEPs for new children at Riverside Demo Academy, brought through the service layer to the stage
 * a page test starts from. Meetings are in 2030, so that no reminder is due while the job
 * executor runs.
 */
class PepsForPages {

	static final LocalDate MEETING = LocalDate.of(2030, 3, 4);

	private final PepWorkflow workflow;

	private final Peps peps;

	private final FormSubmissions submissions;

	private final Accounts accounts;

	private final TestChildren children;

	PepsForPages(PepWorkflow workflow, Peps peps, FormSubmissions submissions, Accounts accounts,
			TestChildren children) {
		this.workflow = workflow;
		this.peps = peps;
		this.submissions = submissions;
		this.accounts = accounts;
		this.children = children;
	}

	/** Started by the demo officer, to be sent to the child's school. */
	Pep beingPrepared(String forename, String surname) {
		ChildId child = children.inCareAtRiverside(forename, surname);
		return workflow.start(officer(), new StartPep(child, MEETING, Completion.SETTING, null, null));
	}

	/** Completed by Riverside's Designated Teacher and submitted, waiting for the officer's quality assurance. */
	Pep submittedByTheSchool(String forename, String surname) {
		Pep pep = beingPrepared(forename, surname);
		workflow.sendForCompletion(officer(), pep.id());
		PortalUser teacher = user(DemoSignIns.RIVERSIDE_TEACHER);
		var draft = submissions.find(pep.submissionId()).orElseThrow();
		assertThat(submissions.saveDraft(pep.submissionId(), draft.revision(),
				CompletePepAnswers.forReview(draft.answers()), Set.of(), teacher.id())).isTrue();
		assertThat(workflow.submitContribution(teacher, pep.id(), draft.revision() + 1)).isEmpty();
		return now(pep);
	}

	/** Accepted at quality assurance without a spot-check: with {@link TestChildren#SOCIAL_WORKER} to finalise. */
	Pep withTheSocialWorker(String forename, String surname) {
		Pep pep = submittedByTheSchool(forename, surname);
		workflow.qualityAssure(officer(), pep.id(), new QualityAssurance(true, QualityRating.GREEN, "Clear targets.", false));
		return now(pep);
	}

	Pep now(Pep pep) {
		return peps.find(pep.id()).orElseThrow();
	}

	PortalUser officer() {
		return user(DemoSignIns.VIRTUAL_SCHOOL_OFFICER);
	}

	PortalUser user(String email) {
		return accounts.findByEmail(email).orElseThrow();
	}

}
