package org.caseworkportal.forms.submission;

import org.caseworkportal.forms.CaseRecord;
import org.caseworkportal.forms.FilledForm;
import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormProgress;
import org.caseworkportal.people.ChildRecord;

/** A submission someone may see, with its form version, the child's record and what it shows now. */
record OpenSubmission(Submission submission, FormDefinition definition, ChildRecord child, CaseRecord caseRecord,
		FilledForm form) {

	long id() {
		return submission.id();
	}

	FormProgress progress() {
		return FormProgress.of(form, submission.completedSections());
	}

	String path() {
		return "/forms/" + submission.id();
	}

}
