package org.caseworkportal.pep.trackers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.caseworkportal.pep.PepStage;

/**
 * One PEP as the trackers list it.
 *
 * @param settingId the school it was started at, or null when the child was not on a school's roll
 * @param dueDate when its open task is due; none once it is finalised, nor while it is prepared
 */
record TrackedPep(long id, String reference, String forename, String surname, Long settingId, PepStage stage,
		LocalDate dueDate) {

	String childName() {
		return forename + " " + surname;
	}

	/** Calendar days since the due date; 0 when it is not overdue. */
	long daysOverdue(LocalDate today) {
		return dueDate != null && dueDate.isBefore(today) ? ChronoUnit.DAYS.between(dueDate, today) : 0;
	}

}
