package org.caseworkportal.children;

import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.PepStage;
import org.caseworkportal.web.DisplayTime;

/**
 * A row of the child's PEP history, written for people. Public only so that templates can read it.
 *
 * @param finalisedOn when the social worker finalised it, or empty
 * @param finalPdfPath the final PEP's PDF, kept since it was finalised; null before
 */
public record PepHistoryRow(String reference, String path, String meetingDate, String stage, String finalisedOn,
		String finalPdfPath) {

	static PepHistoryRow of(Pep pep) {
		boolean finalised = pep.stage() == PepStage.FINALISED;
		return new PepHistoryRow(pep.reference(), pep.path(), DisplayTime.date(pep.meetingDate()), pep.stage().label(),
				DisplayTime.format(pep.finalisedAt()), finalised ? pep.path() + "/final.pdf" : null);
	}

}
