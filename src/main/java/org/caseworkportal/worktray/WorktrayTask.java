package org.caseworkportal.worktray;

import java.time.LocalDate;

import org.caseworkportal.pep.PepStage;
import org.caseworkportal.web.DisplayTime;

/**
 * One open task in a worktray, as its row shows it: the PEP it is about, who it is for and when
 * it is due. Public only so that templates can read it.
 *
 * @param formType the form's title, for example "Personal Education Plan – KS5"
 * @param sentBy the Virtual School officer who started the PEP
 */
public record WorktrayTask(long pepId, String reference, String child, String formType, LocalDate requiredBy,
		Urgency urgency, String sentBy, PepStage stage) {

	/** The task's page, where the PEP is worked on. */
	public String path() {
		return "/peps/" + pepId;
	}

	public String requiredByText() {
		return DisplayTime.date(requiredBy);
	}

	/** "New" for a PEP the school has not sent back yet; otherwise the stage, such as "Returned for amendment". */
	public String status() {
		return stage == PepStage.WITH_SCHOOL ? "New" : stage.label();
	}

	public String statusColour() {
		switch (stage) {
			case WITH_SCHOOL:
				return "blue";
			case RETURNED:
				return "purple";
			default:
				return "grey";
		}
	}

}
