package org.caseworkportal.identity;

import java.util.Set;

/** What is needed to open an account: the person, their email address and what they may do. */
public record NewAccount(String forename, String surname, String email, Set<Role> roles) {

	public NewAccount {
		roles = Set.copyOf(roles);
	}

}
