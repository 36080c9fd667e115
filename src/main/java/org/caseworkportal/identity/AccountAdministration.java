package org.caseworkportal.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.caseworkportal.identity.audit.AccountEventType;
import org.caseworkportal.identity.audit.AccountEvents;
import org.caseworkportal.identity.throttle.SignInThrottle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts: find them, see where they stand, switch them off and on,
 * end a sign-in wait early, and remind someone to confirm their email. Every action is audited
 * with the administrator's email in its outcome.
 */
@Service
class AccountAdministration {

	static final int MOST_SHOWN = 50;

	private final AccountRepository accounts;

	private final SignInThrottle throttle;

	private final AccountSessions sessions;

	private final AccountEmails emails;

	private final AccountEvents audit;

	private final Clock clock;

	AccountAdministration(AccountRepository accounts, SignInThrottle throttle, AccountSessions sessions,
			AccountEmails emails, AccountEvents audit, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.sessions = sessions;
		this.emails = emails;
		this.audit = audit;
		this.clock = clock;
	}

	/** An account as administrators see it. */
	record Administered(StoredAccount account, AccountStatus status) {
	}

	@Transactional(readOnly = true)
	List<Administered> search(String term) {
		return accounts.search(term, MOST_SHOWN).stream().map(this::administered).toList();
	}

	@Transactional(readOnly = true)
	Optional<Administered> find(AccountId id) {
		return accounts.findStored(id).map(this::administered);
	}

	/** Switches the account off and signs it out everywhere. */
	@Transactional
	void disable(StoredAccount account, Actor administrator) {
		accounts.setEnabled(account.id(), false);
		sessions.endAll(account.email(), null);
		record(AccountEventType.DISABLED, account, administrator);
	}

	@Transactional
	void enable(StoredAccount account, Actor administrator) {
		accounts.setEnabled(account.id(), true);
		record(AccountEventType.ENABLED, account, administrator);
	}

	@Transactional
	void unblock(StoredAccount account, Actor administrator) {
		throttle.unblock(account.email());
		record(AccountEventType.UNBLOCKED, account, administrator);
	}

	@Transactional
	void remindToVerify(StoredAccount account) {
		emails.verificationReminder(account);
	}

	/** Who did it, from where: for the audit log. */
	record Actor(String email, String clientAddress) {
	}

	private void record(AccountEventType type, StoredAccount account, Actor administrator) {
		audit.record(type, account.email(), account.id(), administrator.clientAddress(), "By " + administrator.email());
	}

	private Administered administered(StoredAccount account) {
		return new Administered(account, statusOf(account));
	}

	private AccountStatus statusOf(StoredAccount account) {
		if (!account.enabled()) {
			return AccountStatus.DISABLED;
		}
		if (!account.verified()) {
			return AccountStatus.UNVERIFIED;
		}
		return throttle.throttled(account.email(), clock.instant()) ? AccountStatus.THROTTLED : AccountStatus.ACTIVE;
	}

}
