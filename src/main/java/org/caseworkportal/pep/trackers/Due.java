package org.caseworkportal.pep.trackers;

import java.util.Arrays;
import java.util.Optional;

/** When open PEPs are due, as the list can be narrowed: this week, or already overdue. */
enum Due {

	THIS_WEEK("this-week", "Due this week"), OVERDUE("overdue", "Overdue");

	private final String parameter;

	private final String label;

	Due(String parameter, String label) {
		this.parameter = parameter;
		this.label = label;
	}

	String parameter() {
		return parameter;
	}

	String label() {
		return label;
	}

	static Optional<Due> ofParameter(String value) {
		return Arrays.stream(values()).filter(due -> due.parameter.equals(value)).findFirst();
	}

}
