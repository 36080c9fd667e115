package org.caseworkportal.identity.password;

import java.time.Clock;
import java.time.Instant;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.AccountSessions;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an account a new password and signs it out everywhere else: whoever knew the old password
 * and signed in with it loses that session. Callers check the new password against
 * {@link PasswordRules} first.
 */
@Service
public class PasswordChanges {

	private final PasswordAccounts accounts;

	private final PasswordHistory history;

	private final PasswordEncoder encoder;

	private final AccountSessions sessions;

	private final Clock clock;

	PasswordChanges(PasswordAccounts accounts, PasswordHistory history, PasswordEncoder encoder,
			AccountSessions sessions, Clock clock) {
		this.accounts = accounts;
		this.history = history;
		this.encoder = encoder;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * @param keepSessionId the session to leave signed in (the one making the change), or null to
	 * end them all
	 */
	@Transactional
	public void change(AccountId account, String newPassword, String keepSessionId) {
		var current = accounts.find(account)
			.orElseThrow(() -> new IllegalArgumentException("No account " + account.value()));
		Instant now = clock.instant();
		history.remember(account, current.passwordHash(), now);
		accounts.changePassword(account, encoder.encode(newPassword), now);
		sessions.endAll(current.owner().email(), keepSessionId);
	}

}
