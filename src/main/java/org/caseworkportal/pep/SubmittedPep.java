package org.caseworkportal.pep;

import java.time.Instant;

import org.caseworkportal.pep.PepStage;
import org.caseworkportal.web.DisplayTime;

/**
 * A PEP a school submitted recently, with the PDF it can keep (seed 002, "Recently Submitted
 * Tasks"). Public only so that templates can read it.
 *
 * @param submittedBy who last submitted it, by name
 * @param stage where the PEP is now, for example "Quality assurance"
 */
public record SubmittedPep(long pepId, String reference, String child, String formType, long submissionId,
		Instant submittedAt, String submittedBy, PepStage stage) {

	public String path() {
		return "/peps/" + pepId;
	}

	public String pdfPath() {
		return "/forms/" + submissionId + "/pdf";
	}

	public String submittedOn() {
		return DisplayTime.format(submittedAt);
	}

}
