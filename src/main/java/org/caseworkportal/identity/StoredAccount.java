package org.caseworkportal.identity;

import java.util.Set;

/** An account as stored, password hash included: for checking a sign-in, never for a session. */
record StoredAccount(AccountId id, String email, String forename, String surname, Set<Role> roles, boolean enabled,
		boolean verified, String passwordHash) {

	String fullName() {
		return forename + " " + surname;
	}

	Portal portal() {
		return signedIn().portal();
	}

	/** The person as their session keeps them, without the password hash. */
	PortalUser signedIn() {
		return new PortalUser(id, email, fullName(), roles, enabled, null);
	}

}
