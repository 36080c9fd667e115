package org.caseworkportal.identity.password;

import java.sql.Timestamp;
import java.time.Instant;

import org.caseworkportal.identity.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * The hashes of the passwords an account had before, so that the seed-compatible parent policy
 * can refuse one used recently. Only the last {@value #KEPT} are kept: older ones serve no rule,
 * and a stored hash is something an attacker could crack.
 */
@Repository
public class PasswordHistory {

	/** How many earlier passwords are kept and checked (the seeds' "previous 8 passwords"). */
	public static final int KEPT = 8;

	private final JdbcClient jdbc;

	private final PasswordAccounts accounts;

	private final PasswordEncoder encoder;

	PasswordHistory(JdbcClient jdbc, PasswordAccounts accounts, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.encoder = encoder;
	}

	/** Records a password hash the account has just stopped using, forgetting all but the last {@value #KEPT}. */
	public void remember(AccountId account, String passwordHash, Instant at) {
		jdbc.sql("insert into password_history (account_id, password_hash, created_at) values (:id, :hash, :at)")
			.param("id", account.value())
			.param("hash", passwordHash)
			.param("at", Timestamp.from(at))
			.update();
		jdbc.sql("""
				delete from password_history where account_id = :id and created_at < (
				    select min(created_at) from (
				        select created_at from password_history where account_id = :id
				        order by created_at desc limit :kept) kept)""")
			.param("id", account.value())
			.param("kept", KEPT)
			.update();
	}

	/** Whether the password is the account's current one. */
	public boolean isCurrent(AccountId account, String password) {
		return accounts.find(account).map(found -> encoder.matches(password, found.passwordHash())).orElse(false);
	}

	/** Whether the password is one of the account's last {@value #KEPT} before the current one. */
	public boolean isOneOfPrevious(AccountId account, String password) {
		return jdbc.sql("""
				select password_hash from password_history where account_id = :id
				order by created_at desc limit :kept""")
			.param("id", account.value())
			.param("kept", KEPT)
			.query(String.class)
			.list()
			.stream()
			.anyMatch(hash -> encoder.matches(password, hash));
	}

}
