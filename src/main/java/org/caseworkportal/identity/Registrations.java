package org.caseworkportal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.caseworkportal.identity.EmailedCodes.Check;
import org.caseworkportal.identity.EmailedCodes.Purpose;
import org.caseworkportal.identity.audit.AccountEventType;
import org.caseworkportal.identity.audit.AccountEvents;
import org.caseworkportal.identity.password.SecretAnswer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening an account oneself (seed 000, "Register a New Account"): the account waits, unverified,
 * for the code emailed to its address. Registering an address that already has an account looks
 * the same on the page; its owner is told by email instead.
 */
@Service
class Registrations {

	private final AccountRepository accounts;

	private final EmailedCodes codes;

	private final AccountEmails emails;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final AccountEvents audit;

	private final Clock clock;

	Registrations(AccountRepository accounts, EmailedCodes codes, AccountEmails emails, PasswordEncoder encoder,
			ApplicationEventPublisher events, AccountEvents audit, Clock clock) {
		this.audit = audit;
		this.accounts = accounts;
		this.codes = codes;
		this.emails = emails;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param secretOrNull the secret question and answer, when the seed-compatible policy asks for
	 * them; an unverified account registered again keeps only the newest
	 * @return the id of the pending registration, for the session to keep
	 */
	@Transactional
	String start(RegistrationDraft draft, String email, String password, SecretAnswer secretOrNull,
			String clientAddress) {
		var existing = accounts.findStored(email);
		if (existing.isPresent() && existing.get().verified()) {
			emails.registrationAttemptForExistingAccount(existing.get());
			audit.record(AccountEventType.REGISTERED, email, existing.get().id(), clientAddress,
					"Refused: the address has an account; its owner was emailed");
			return codes.decoy(Purpose.REGISTRATION);
		}
		var account = new NewAccount(draft.forename(), draft.surname(), email, Set.of(draft.registrant().role()));
		String hash = encoder.encode(password);
		Instant now = clock.instant();
		AccountId id;
		if (existing.isPresent()) {
			id = existing.get().id();
			accounts.replaceUnverified(id, account, draft.work(), hash, now);
		}
		else {
			id = accounts.insert(account, draft.work(), hash, now);
		}
		accounts.setSecretAnswer(id, secretOrNull);
		var code = codes.issue(Purpose.REGISTRATION, id);
		emails.registrationCode(email, draft.fullName(), code);
		audit.record(AccountEventType.REGISTERED, email, id, clientAddress,
				"Unverified " + draft.registrant().role().label() + " account; code emailed");
		return code.id();
	}

	@Transactional
	/** Checks the typed code; a right one verifies the account and publishes {@link AccountVerified}. */
	Check verify(RegistrationDraft draft, String typed, String clientAddress) {
		Check check = codes.check(draft.pendingId(), Purpose.REGISTRATION, typed);
		if (!(check instanceof Check.Accepted accepted)) {
			audit.record(AccountEventType.CODE_FAILED, draft.email(), null, clientAddress, "Registration code");
			return check;
		}
		var account = accounts.findStored(accepted.account()).orElseThrow();
		if (accounts.markVerified(account.id(), clock.instant())) {
			events.publishEvent(new AccountVerified(account.id(), account.email(), account.portal()));
			audit.record(AccountEventType.VERIFIED, account.email(), account.id(), clientAddress, "By registration code");
		}
		return check;
	}

	/** Emails a new code, unless the registration is a decoy or can no longer be completed. */
	@Transactional
	void resend(RegistrationDraft draft) {
		codes.resend(draft.pendingId(), Purpose.REGISTRATION)
			.ifPresent(code -> emails.registrationCode(draft.email(), draft.fullName(), code));
	}

}
