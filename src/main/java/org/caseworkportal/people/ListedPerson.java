package org.caseworkportal.people;

import java.util.Locale;

/**
 * Someone a setting expects to join it, listed by email before they have an account (a
 * Designated Teacher, the setting's nominated address). Whoever proves they own the address
 * becomes a member with this job title, so nobody shares a school's password.
 *
 * @param email stored lower-cased, as account emails are
 * @param forename {@code null} for a nominated address, which names no one
 * @param surname {@code null} for a nominated address
 */
public record ListedPerson(String email, String forename, String surname, String jobTitle) {

	/** The job title a setting's nominated address is listed with. */
	public static final String NOMINATED_EMAIL = "Nominated email";

	public ListedPerson {
		email = normalise(email);
	}

	/** The listing for a setting's nominated address. */
	public static ListedPerson nominatedEmail(String email) {
		return new ListedPerson(email, null, null, NOMINATED_EMAIL);
	}

	/** The person's name, or empty for a nominated address. */
	public String fullName() {
		return forename == null ? "" : forename + " " + surname;
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
