package org.caseworkportal.worktray;

import java.time.LocalDate;

import org.caseworkportal.web.DisplayTime;

/**
 * One open task in a worktray, as its row shows it: the case it is about, who it is for and when
 * it is due, in the words of its case type. Public only so that templates can read it.
 *
 * @param reference the case's reference (its business key)
 * @param sentBy who sent the work, for example the Virtual School officer who started the PEP
 */
public record WorktrayTask(String reference, String child, LocalDate requiredBy, Urgency urgency, String sentBy,
		CaseWork work) {

	/** The task's page, where the case is worked on. */
	public String path() {
		return work.path();
	}

	public String formType() {
		return work.title();
	}

	public String status() {
		return work.status();
	}

	public String statusColour() {
		return work.statusColour();
	}

	public String requiredByText() {
		return DisplayTime.date(requiredBy);
	}

}
