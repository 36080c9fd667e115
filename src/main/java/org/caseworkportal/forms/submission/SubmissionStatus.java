package org.caseworkportal.forms.submission;

/** Whether a submission can still be changed. */
public enum SubmissionStatus {

	DRAFT("In progress"), SUBMITTED("Submitted");

	private final String label;

	SubmissionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
