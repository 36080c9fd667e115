package org.caseworkportal.people;

/** Where a child stands with special educational needs support. */
public enum SendStatus {

	NONE("None"), SEN_SUPPORT("SEN support"), ASSESSMENT("EHC needs assessment"), EHC_PLAN("EHC plan");

	private final String label;

	SendStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
