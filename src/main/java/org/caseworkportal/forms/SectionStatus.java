package org.caseworkportal.forms;

/** Where a section stands, in the words of GOV.UK's task list pattern. */
public enum SectionStatus {

	CANNOT_START_YET("Cannot start yet"), NOT_STARTED("Not started"), IN_PROGRESS("In progress"), COMPLETED("Completed");

	private final String label;

	SectionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
