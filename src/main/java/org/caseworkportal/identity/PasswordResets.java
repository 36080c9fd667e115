package org.caseworkportal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.caseworkportal.identity.password.PasswordChanges;
import org.caseworkportal.identity.audit.AccountEventType;
import org.caseworkportal.identity.audit.AccountEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords (seed 001, "Resetting / Forgotten Passwords"): a single-use link, valid for
 * 20 minutes, emailed only when the address has an account. Whoever asks is told the same either
 * way. Resetting ends every session of the account. Under the seed-compatible policy the link
 * is sent only for the right secret answer ({@link SecretQuestionResets}).
 */
@Service
class PasswordResets {

	static final Duration LIFETIME = Duration.ofMinutes(20);

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final AccountEmails emails;

	private final PasswordChanges passwordChanges;

	private final ApplicationEventPublisher events;

	private final AccountEvents audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PasswordResets(JdbcClient jdbc, AccountRepository accounts, AccountEmails emails, PasswordChanges passwordChanges,
			ApplicationEventPublisher events, AccountEvents audit, Clock clock) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.emails = emails;
		this.passwordChanges = passwordChanges;
		this.events = events;
		this.clock = clock;
	}

	/** Emails a reset link if the address has an account that is switched on; says nothing either way. */
	@Transactional
	void request(String email, String clientAddress) {
		var account = accounts.findStored(email).filter(StoredAccount::enabled);
		audit.record(AccountEventType.PASSWORD_RESET_REQUESTED, email, account.map(StoredAccount::id).orElse(null),
				clientAddress, account.isPresent() ? "Link emailed" : "No account switched on: nothing sent");
		account.ifPresent(this::emailLink);
	}

	/** Emails the account a new link, voiding any it had not used. Needs the caller's transaction. */
	void emailLink(StoredAccount account) {
		Instant now = now();
		jdbc.sql("delete from password_reset_link where account_id = :account and used_at is null")
			.param("account", account.id().value())
			.update();
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.sql("""
				insert into password_reset_link (token_hash, account_id, expires_at, created_at)
				values (:tokenHash, :account, :expiresAt, :now)""")
			.param("tokenHash", hash(token))
			.param("account", account.id().value())
			.param("expiresAt", Timestamp.from(now.plus(LIFETIME)))
			.param("now", Timestamp.from(now))
			.update();
		emails.passwordResetLink(account, token);
	}

	/** The account a link resets, while the link is unused and in time. */
	@Transactional(readOnly = true)
	Optional<StoredAccount> accountFor(String token) {
		return jdbc.sql("""
				select account_id from password_reset_link
				where token_hash = :tokenHash and used_at is null and expires_at >= :now""")
			.param("tokenHash", hash(token))
			.param("now", Timestamp.from(now()))
			.query(Long.class)
			.optional()
			.flatMap(id -> accounts.findStored(new AccountId(id)))
			.filter(StoredAccount::enabled);
	}

	/**
	 * Sets the new password, using the link up and ending every session of the account. The
	 * link proves the address, so an unverified account is verified by it.
	 * @return false when the link is no longer valid
	 */
	@Transactional
	boolean reset(String token, String newPassword, String clientAddress) {
		Optional<StoredAccount> account = accountFor(token);
		if (account.isEmpty()) {
			return false;
		}
		Instant now = now();
		int used = jdbc.sql("update password_reset_link set used_at = :now where token_hash = :tokenHash and used_at is null")
			.param("now", Timestamp.from(now))
			.param("tokenHash", hash(token))
			.update();
		if (used != 1) {
			return false;
		}
		StoredAccount owner = account.get();
		passwordChanges.change(owner.id(), newPassword, null);
		if (accounts.markVerified(owner.id(), now)) {
			events.publishEvent(new AccountVerified(owner.id(), owner.email(), owner.portal()));
		}
		emails.passwordChanged(owner);
		audit.record(AccountEventType.PASSWORD_RESET, owner.email(), owner.id(), clientAddress,
				"By emailed link; every session ended");
		return true;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
