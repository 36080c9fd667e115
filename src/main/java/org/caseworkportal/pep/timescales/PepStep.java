package org.caseworkportal.pep.timescales;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The PEP steps that have a due date, by the names the BPMN uses for them. */
public enum PepStep {

	CONTRIBUTION("contribution"), QUALITY_ASSURANCE("qualityAssurance"), SPOT_CHECK("spotCheck"), FINALISE("finalise");

	private final String name;

	PepStep(String name) {
		this.name = name;
	}

	public static PepStep named(String name) {
		return Arrays.stream(values())
			.filter(step -> step.name.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No PEP step is called \"" + name + "\"; the steps are "
					+ Arrays.stream(values()).map(step -> step.name).collect(Collectors.joining(", "))));
	}

}
