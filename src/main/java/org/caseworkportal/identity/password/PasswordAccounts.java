package org.caseworkportal.identity.password;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.caseworkportal.identity.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parts of the account table that passwords concern: the hash, and whose it is. */
@Repository
class PasswordAccounts {

	private final JdbcClient jdbc;

	PasswordAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PasswordAccount> find(AccountId account) {
		return jdbc.sql("select id, email, password_hash, forename, surname from account where id = :id")
			.param("id", account.value())
			.query((rs, row) -> new PasswordAccount(
					new PasswordOwner(account, rs.getString("forename"), rs.getString("surname"), rs.getString("email")),
					rs.getString("password_hash")))
			.optional();
	}

	void changePassword(AccountId account, String passwordHash, Instant at) {
		jdbc.sql("update account set password_hash = :hash, password_changed_at = :at where id = :id")
			.param("hash", passwordHash)
			.param("at", Timestamp.from(at))
			.param("id", account.value())
			.update();
	}

	/** An account's owner, as the password rules see them, and their current password's hash. */
	record PasswordAccount(PasswordOwner owner, String passwordHash) {

	}

}
