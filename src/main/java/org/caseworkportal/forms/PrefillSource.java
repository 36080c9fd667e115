package org.caseworkportal.forms;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The facts from the child's case record a form may show through {@code properties.prefill}.
 * Prefilled answers come from the record, never from the person filling in the form.
 */
public enum PrefillSource {

	CHILD_FULL_NAME("child.fullName"),
	CHILD_PREFERRED_NAME("child.preferredName"),
	CHILD_DATE_OF_BIRTH("child.dateOfBirth"),
	CHILD_UPN("child.upn"),
	CHILD_GENDER("child.gender"),
	CHILD_ETHNICITY("child.ethnicity"),
	CHILD_ADDRESS("child.address"),
	CHILD_SCHOOL("child.school"),
	CHILD_YEAR_GROUP("child.yearGroup"),
	CHILD_LEGAL_STATUS("child.legalStatus"),
	CHILD_IN_CARE_SINCE("child.inCareSince"),
	CHILD_SDQ_SCORE("child.sdqScore"),
	SOCIAL_WORKER_NAME("socialWorker.name"),
	VIRTUAL_SCHOOL_OFFICER_NAME("virtualSchoolOfficer.name");

	private final String sourceName;

	PrefillSource(String sourceName) {
		this.sourceName = sourceName;
	}

	/** The name a form uses in {@code properties.prefill}. */
	public String sourceName() {
		return sourceName;
	}

	public static Optional<PrefillSource> named(String sourceName) {
		return Arrays.stream(values()).filter(source -> source.sourceName.equals(sourceName)).findFirst();
	}

	static String allNames() {
		return Arrays.stream(values()).map(PrefillSource::sourceName).collect(Collectors.joining(", "));
	}

}
