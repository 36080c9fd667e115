package org.caseworkportal.forms.submission;

/**
 * A form a person can start for the child, with the child's last submission of it to copy
 * forward from, if there is one.
 */
public record StartableForm(String key, String title, Long previousId, String previousSubmitted) {

	public boolean canCopyForward() {
		return previousId != null;
	}

}
