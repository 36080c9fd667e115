package org.caseworkportal.identity;

/** Where an account stands, as administrators see it. */
public enum AccountStatus {

	/** Registered, but the emailed code that proves the address has not been entered. */
	UNVERIFIED("Unverified", "yellow"),
	ACTIVE("Active", "green"),
	/** Waiting after failed sign-ins; the wait ends by itself or an administrator unblocks it. */
	THROTTLED("Throttled", "orange"),
	DISABLED("Disabled", "red");

	private final String label;

	private final String tagColour;

	AccountStatus(String label, String tagColour) {
		this.label = label;
		this.tagColour = tagColour;
	}

	public String label() {
		return label;
	}

	public String tagColour() {
		return tagColour;
	}

}
