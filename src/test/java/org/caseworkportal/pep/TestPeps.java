package org.caseworkportal.pep;

import java.time.LocalDate;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.forms.submission.FormSubmissions;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildId;

/**
 * PEPs at the stage a test needs, made through {@link PepWorkflow} as the demo Virtual School
 * officer (or another officer) would: with the school, with a named professional, ready to submit.
 * Use future meeting dates (2030 and later): the process's timers run.
 */
public final class TestPeps {

	private final PepWorkflow workflow;

	private final Peps peps;

	private final Accounts accounts;

	private final FormSubmissions submissions;

	public TestPeps(PepWorkflow workflow, Peps peps, Accounts accounts, FormSubmissions submissions) {
		this.workflow = workflow;
		this.peps = peps;
		this.accounts = accounts;
		this.submissions = submissions;
	}

	/** A PEP the demo officer started and sent to the child's setting, as the row says it now. */
	public Pep withTheSchool(ChildId child, LocalDate meetingDate) {
		return withTheSchool(child, meetingDate, officer());
	}

	public Pep withTheSchool(ChildId child, LocalDate meetingDate, PortalUser officer) {
		return sent(officer, workflow.start(officer, new StartPep(child, meetingDate, Completion.SETTING, null, null)));
	}

	/** A PEP the demo officer sent to a professional by name. */
	public Pep withProfessional(ChildId child, LocalDate meetingDate, AccountId professional) {
		return sent(officer(), workflow.start(officer(),
				new StartPep(child, meetingDate, Completion.PROFESSIONAL, professional, null)));
	}

	/** Answers every required question of the PEP's form, so that it can be submitted; returns the new revision. */
	public int answerEverything(Pep pep, AccountId by) {
		var draft = submissions.find(pep.submissionId()).orElseThrow();
		if (!submissions.saveDraft(draft.id(), draft.revision(), CompletePepAnswers.forReview(draft.answers()), Set.of(), by)) {
			throw new IllegalStateException("Someone saved " + pep.reference() + " meanwhile");
		}
		return draft.revision() + 1;
	}

	public Pep now(Pep pep) {
		return peps.find(pep.id()).orElseThrow();
	}

	public PortalUser officer() {
		return accounts.findByEmail(DemoSignIns.VIRTUAL_SCHOOL_OFFICER).orElseThrow();
	}

	private Pep sent(PortalUser officer, Pep pep) {
		workflow.sendForCompletion(officer, pep.id());
		return now(pep);
	}

}
