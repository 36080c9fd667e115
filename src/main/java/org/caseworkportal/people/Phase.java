package org.caseworkportal.people;

/** The phase of education a setting provides. */
public enum Phase {

	EARLY_YEARS("Early years"), PRIMARY("Primary"), SECONDARY("Secondary"), POST_16("Post-16");

	private final String label;

	Phase(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
