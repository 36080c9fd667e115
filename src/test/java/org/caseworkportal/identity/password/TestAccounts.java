package org.caseworkportal.identity.password;

import java.util.Set;
import java.util.UUID;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.Role;

/**
 * Accounts of their own for tests that change passwords: the demo people's passwords are shared
 * by every other test.
 */
final class TestAccounts {

	static final String PASSWORD = "first passphrase harbour";

	private TestAccounts() {
	}

	static TestAccount open(Accounts accounts, Role role) {
		String email = "olive." + UUID.randomUUID() + "@demo-borough.example";
		AccountId id = accounts.open(new NewAccount("Olive", "Changeling", email, Set.of(role)), PASSWORD);
		return new TestAccount(id, email);
	}

	record TestAccount(AccountId id, String email) {

	}

}
