package org.caseworkportal.pep;

/** Who completes a PEP, as the process variable {@code completion} names it. */
public enum Completion {

	SETTING("setting"), PROFESSIONAL("professional"), IN_HOUSE("inHouse");

	private final String variable;

	Completion(String variable) {
		this.variable = variable;
	}

	public String variable() {
		return variable;
	}

}
