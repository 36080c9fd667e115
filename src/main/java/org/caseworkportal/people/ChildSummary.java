package org.caseworkportal.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** What a list of children shows about each one. */
public record ChildSummary(ChildId id, String forename, String surname, LocalDate dateOfBirth, String upn,
		String settingName, boolean inCare, SendStatus sendStatus) {

	private static final DateTimeFormatter GOVUK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	/** The date of birth as GOV.UK writes dates: 14 March 2016. */
	public String dateOfBirthText() {
		return GOVUK_DATE.format(dateOfBirth);
	}

	public String fullName() {
		return forename + " " + surname;
	}

}
