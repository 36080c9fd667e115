package org.caseworkportal.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Eight-digit codes emailed to prove that the person signing in or registering reads the
 * account's email. A code is checked only against the pending sign-in or registration it was
 * issued for, whose id that person's session holds; so a code read over someone's shoulder is no
 * use in another browser. Codes are stored hashed with the password encoder: the table alone does
 * not give them away. The caller's transaction decides whether an issued code takes effect.
 */
@Component
class EmailedCodes {

	static final Duration LIFETIME = Duration.ofMinutes(10);

	/** Wrong guesses that void a code; sending a new code does not reset the count. */
	static final int MOST_FAILURES = 5;

	static final int MOST_RESENDS = 3;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	EmailedCodes(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	enum Purpose {

		SIGN_IN, REGISTRATION

	}

	/** A code just issued: the id its pending sign-in keeps, and the code to email. */
	record Issued(String id, String code) {

		/** As emailed and as the seeds show it: two groups of four digits. */
		String display() {
			return code.substring(0, 4) + " " + code.substring(4);
		}

	}

	/** What checking a typed code found. */
	sealed interface Check {

		record Accepted(AccountId account) implements Check {
		}

		record Wrong(int attemptsLeft) implements Check {
		}

		/** Used, expired, voided, out of attempts or never issued: start again. */
		record Failed() implements Check {
		}

	}

	/** Issues a code for the account, voiding any earlier one for the same purpose. */
	Issued issue(Purpose purpose, AccountId account) {
		Instant now = now();
		jdbc.sql("""
				update emailed_code set voided_at = :now
				where account_id = :account and purpose = :purpose and used_at is null and voided_at is null""")
			.param("now", Timestamp.from(now))
			.param("account", account.value())
			.param("purpose", purpose.name())
			.update();
		var issued = new Issued(UUID.randomUUID().toString(), newCode());
		jdbc.sql("""
				insert into emailed_code (id, purpose, account_id, code_hash, expires_at, created_at)
				values (:id, :purpose, :account, :codeHash, :expiresAt, :now)""")
			.param("id", issued.id())
			.param("purpose", purpose.name())
			.param("account", account.value())
			.param("codeHash", encoder.encode(issued.code()))
			.param("expiresAt", Timestamp.from(now.plus(LIFETIME)))
			.param("now", Timestamp.from(now))
			.update();
		return issued;
	}

	/**
	 * A pending registration that no code will ever complete, for an address that already has an
	 * account: it behaves like a real one, wrong guesses and all.
	 */
	String decoy(Purpose purpose) {
		String id = UUID.randomUUID().toString();
		Instant now = now();
		jdbc.sql("""
				insert into emailed_code (id, purpose, expires_at, created_at)
				values (:id, :purpose, :expiresAt, :now)""")
			.param("id", id)
			.param("purpose", purpose.name())
			.param("expiresAt", Timestamp.from(now.plus(LIFETIME)))
			.param("now", Timestamp.from(now))
			.update();
		return id;
	}

	/**
	 * Replaces the code of a pending sign-in or registration with a new one, valid for another
	 * ten minutes. Empty for a decoy, or when the pending one can no longer be completed.
	 */
	Optional<Issued> resend(String id, Purpose purpose) {
		Instant now = now();
		String code = newCode();
		int changed = jdbc.sql("""
				update emailed_code set code_hash = :codeHash, expires_at = :expiresAt, resends = resends + 1
				where id = :id and purpose = :purpose and account_id is not null and used_at is null
				and voided_at is null and failures < :mostFailures and resends < :mostResends""")
			.param("purpose", purpose.name())
			.param("codeHash", encoder.encode(code))
			.param("expiresAt", Timestamp.from(now.plus(LIFETIME)))
			.param("id", id)
			.param("mostFailures", MOST_FAILURES)
			.param("mostResends", MOST_RESENDS)
			.update();
		return changed == 1 ? Optional.of(new Issued(id, code)) : Optional.empty();
	}

	/** The account a pending code was issued for, while it can still be completed. */
	Optional<AccountId> accountOf(String id) {
		return jdbc.sql("select account_id from emailed_code where id = :id and account_id is not null")
			.param("id", id)
			.query(Long.class)
			.optional()
			.map(AccountId::new);
	}

	/** Checks a typed code; a right one is used up, a wrong one counts against the code. */
	Check check(String id, Purpose purpose, String typed) {
		Instant now = now();
		Optional<Pending> found = jdbc.sql("""
				select account_id, code_hash, expires_at, failures, used_at, voided_at from emailed_code
				where id = :id and purpose = :purpose""")
			.param("id", id)
			.param("purpose", purpose.name())
			.query((rs, row) -> new Pending(rs.getObject("account_id", Long.class), rs.getString("code_hash"),
					rs.getTimestamp("expires_at").toInstant(), rs.getInt("failures"),
					rs.getTimestamp("used_at") != null || rs.getTimestamp("voided_at") != null))
			.optional();
		if (found.isEmpty() || found.get().finished() || found.get().failures() >= MOST_FAILURES
				|| now.isAfter(found.get().expiresAt())) {
			return new Check.Failed();
		}
		Pending pending = found.get();
		String code = typed.replaceAll("\\s", "");
		if (pending.codeHash() != null && code.matches("\\d{8}") && encoder.matches(code, pending.codeHash())) {
			int used = jdbc.sql("""
					update emailed_code set used_at = :now
					where id = :id and used_at is null and voided_at is null and failures < :mostFailures""")
				.param("now", Timestamp.from(now))
				.param("id", id)
				.param("mostFailures", MOST_FAILURES)
				.update();
			return used == 1 ? new Check.Accepted(new AccountId(pending.account())) : new Check.Failed();
		}
		jdbc.sql("update emailed_code set failures = failures + 1 where id = :id").param("id", id).update();
		int attemptsLeft = MOST_FAILURES - pending.failures() - 1;
		return attemptsLeft > 0 ? new Check.Wrong(attemptsLeft) : new Check.Failed();
	}

	/** To the millisecond, which every database keeps exactly: the ten minutes end where they should. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private String newCode() {
		return "%08d".formatted(random.nextInt(100_000_000));
	}

	private record Pending(Long account, String codeHash, Instant expiresAt, int failures, boolean finished) {
	}

}
