package org.caseworkportal.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The facts on a child's case record that forms show but do not let people edit (seed 002's
 * "blue boxes"). Any may be unknown.
 */
public record ChildDetails(String preferredName, String gender, String ethnicity, String homeAddress,
		String legalStatus, LocalDate inCareSince, BigDecimal sdqScore, String yearGroup) {

	public static final ChildDetails UNKNOWN = new ChildDetails(null, null, null, null, null, null, null, null);

}
