package org.caseworkportal.identity;

/** The three front doors of the service, each with its own home page. */
public enum Portal {

	STAFF("/staff"),
	PROFESSIONAL("/professional"),
	PARENT("/parent");

	private final String homePath;

	Portal(String homePath) {
		this.homePath = homePath;
	}

	public String homePath() {
		return homePath;
	}

}
