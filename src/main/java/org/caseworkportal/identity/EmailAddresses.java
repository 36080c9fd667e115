package org.caseworkportal.identity;

import java.util.Locale;

/**
 * Email addresses in the one form the portal keeps and compares them: without surrounding
 * spaces, lower-cased. Accounts, the sign-in throttle and the audit log all use it, so that
 * "Ann@School.example " is the same person everywhere.
 */
public final class EmailAddresses {

	private EmailAddresses() {
	}

	/** The address in its kept form; an empty string for none. */
	public static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
