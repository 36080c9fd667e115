package org.caseworkportal.forms.submission;

import org.caseworkportal.forms.CaseRecord;
import org.caseworkportal.forms.FilledForm;
import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormProgress;
import org.caseworkportal.people.ChildRecord;

/**
 * A submission someone may see, with its form version, the child's record and what it shows now.
 *
 * @param hold the workflow's hold on it, or null when no workflow owns it
 */
public record OpenSubmission(Submission submission, FormDefinition definition, ChildRecord child,
		CaseRecord caseRecord, FilledForm form, WorkflowHold hold) {

	public long id() {
		return submission.id();
	}

	public FormProgress progress() {
		return FormProgress.of(form, submission.completedSections());
	}

	public String path() {
		return "/forms/" + submission.id();
	}

	/** Whether the person who opened it may change its answers now. */
	public boolean editable() {
		return !submission.submitted() && (hold == null || hold.mayEdit());
	}

	/** Where a person who may not change it is sent instead of a question page. */
	String readOnlyPage() {
		return submission.submitted() || hold == null ? path() + "/view" : hold.taskPage();
	}

}
