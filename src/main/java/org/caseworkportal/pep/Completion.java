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

	static Completion ofVariable(String variable) {
		for (Completion completion : values()) {
			if (completion.variable.equals(variable)) {
				return completion;
			}
		}
		throw new IllegalArgumentException("No PEP completion called " + variable);
	}

}
