package org.caseworkportal.pep;

import java.util.Optional;

import org.caseworkportal.forms.submission.Submission;
import org.caseworkportal.forms.submission.SubmissionWorkflow;
import org.caseworkportal.forms.submission.WorkflowHold;
import org.caseworkportal.identity.PortalUser;
import org.springframework.stereotype.Component;

/**
 * A PEP's form belongs to the PEP: only whoever holds its preparation or completion task may
 * change it, and it is submitted from the PEP's page. After the school submits, it is the Virtual
 * School's until it is returned. A person who may not see the PEP does not see its form either.
 */
@Component
class PepSubmissionHold implements SubmissionWorkflow {

	private final PepAccess access;

	PepSubmissionHold(PepAccess access) {
		this.access = access;
	}

	@Override
	public Optional<WorkflowHold> holdOn(Submission submission, PortalUser user) {
		if (!starts(submission.formKey())) {
			return Optional.empty();
		}
		return access.ofSubmission(user, submission.id()).map(seen -> {
			if (!access.maySee(user, seen)) {
				return new WorkflowHold(false, false, seen.pep().path(), seen.pep().reference(), null);
			}
			return hold(access.view(user, seen));
		});
	}

	@Override
	public boolean starts(String formKey) {
		return PepWorkflow.FORM_KEY.equals(formKey);
	}

	static WorkflowHold hold(PepView view) {
		Pep pep = view.pep();
		boolean mayEdit = pep.stage().formOpen() && view.mayWork();
		String whyNot = mayEdit ? null
				: "This PEP is at the stage '" + pep.stage().label() + "': you cannot change its answers now.";
		return new WorkflowHold(true, mayEdit, pep.path(), pep.reference(), whyNot);
	}

}
