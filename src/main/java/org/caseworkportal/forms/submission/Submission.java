package org.caseworkportal.forms.submission;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.caseworkportal.people.ChildId;

/**
 * One filling-in of one version of a form for one child: a draft until it is submitted, after
 * which it no longer changes.
 *
 * @param revision goes up with every save, so a save made from an out-of-date page is refused
 * @param submittedBy the name of the person who submitted it, when submitted
 */
public record Submission(long id, ChildId childId, String formKey, int formVersion, SubmissionStatus status,
		Map<String, Object> answers, Set<String> completedSections, int revision, Instant updatedAt,
		String submittedBy, Instant submittedAt) {

	public boolean submitted() {
		return status == SubmissionStatus.SUBMITTED;
	}

}
