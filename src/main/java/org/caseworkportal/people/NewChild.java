package org.caseworkportal.people;

import java.time.LocalDate;

/** A child's case record to open. */
public record NewChild(String forename, String surname, LocalDate dateOfBirth, String upn, SettingId setting,
		boolean inCare, SendStatus sendStatus) {

}
