package org.caseworkportal.pep.trackers;

/**
 * A PEP as a row of the trackers' tables, in words. Public only so that the template can read it.
 *
 * @param school the school's name, or "Not at a school"
 * @param dueDate "3 Nov 2026", or empty when it has no due date
 * @param daysOverdue calendar days since the due date; 0 when not overdue
 */
public record PepRow(String href, String reference, String childName, String school, String stage, String dueDate,
		long daysOverdue) {

	/** "1 day overdue", "12 days overdue"; empty when not overdue. */
	public String overdueText() {
		if (daysOverdue == 0) {
			return "";
		}
		return daysOverdue + (daysOverdue == 1 ? " day" : " days") + " overdue";
	}

}
