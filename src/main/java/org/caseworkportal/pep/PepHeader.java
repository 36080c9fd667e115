package org.caseworkportal.pep;

/**
 * The header of a PEP's task page, as seed 002 shows it: who the PEP is about and what is asked,
 * already written for people to read.
 *
 * @param requiredBy the open task's due date, for example "18 March 2030"; null when none is open
 * @param overdue whether the open task is past its due date
 * @param comments the officer's comments when starting it and, after a return, what to amend
 */
public record PepHeader(String reference, String name, String dateOfBirth, String address, String requiredBy,
		boolean overdue, String sentBy, String department, String telephone, String formType, String comments,
		String amendments, int percentComplete, String stage) {
}
