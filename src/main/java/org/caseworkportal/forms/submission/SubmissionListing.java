package org.caseworkportal.forms.submission;

import org.caseworkportal.web.DisplayTime;

/** One of a child's submissions as the child's forms page lists it. */
public record SubmissionListing(long id, String formTitle, int formVersion, SubmissionStatus status, String updated,
		String submittedBy) {

	static SubmissionListing of(Submission submission, String formTitle) {
		return new SubmissionListing(submission.id(), formTitle, submission.formVersion(), submission.status(),
				DisplayTime.format(submission.submitted() ? submission.submittedAt() : submission.updatedAt()),
				submission.submittedBy());
	}

	public boolean submitted() {
		return status == SubmissionStatus.SUBMITTED;
	}

}
