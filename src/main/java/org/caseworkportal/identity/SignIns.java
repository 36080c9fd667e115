package org.caseworkportal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.caseworkportal.identity.EmailedCodes.Check;
import org.caseworkportal.identity.EmailedCodes.Purpose;
import org.caseworkportal.identity.audit.AccountEventType;
import org.caseworkportal.identity.audit.AccountEvents;
import org.caseworkportal.identity.throttle.SignInThrottle;
import org.caseworkportal.identity.throttle.SignInWaitMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in, in two steps: the email address and password, then the code emailed to that
 * address. Nothing here says whether an address has an account: an unknown address costs the
 * same password check as a known one and gets the same answer.
 */
@Service
class SignIns {

	private final AccountRepository accounts;

	private final EmailedCodes codes;

	private final AccountEmails emails;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SignInThrottle throttle;

	private final AccountEvents audit;

	private final boolean staffCodes;

	/** Checked when an address has no account, so that answering takes as long as for one that has. */
	private final String decoyHash;

	SignIns(AccountRepository accounts, EmailedCodes codes, AccountEmails emails, PasswordEncoder encoder,
			ApplicationEventPublisher events, Clock clock, SignInThrottle throttle, AccountEvents audit,
			SignInProperties properties, Environment environment) {
		properties.requireAllowedIn(environment);
		this.accounts = accounts;
		this.codes = codes;
		this.emails = emails;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
		this.throttle = throttle;
		this.audit = audit;
		this.staffCodes = properties.staffCodes();
		this.decoyHash = encoder.encode(UUID.randomUUID().toString());
	}

	/** What the first step found. */
	sealed interface PasswordCheck {

		/** A code has been emailed; the pending sign-in's id goes in the session. */
		record CodeSent(String pendingId) implements PasswordCheck {
		}

		/** Staff in a demo with codes switched off. */
		record SignedIn(PortalUser user) implements PasswordCheck {
		}

		/** @param waitFor how long the person must now wait before trying again, often zero */
		record NotRecognised(Duration waitFor) implements PasswordCheck {
		}

		/** Too many failures: the password was not even checked. */
		record Waiting(Duration waitFor) implements PasswordCheck {
		}

		record Disabled() implements PasswordCheck {
		}

	}

	/** What the second step found. */
	sealed interface CodeCheck {

		record SignedIn(PortalUser user) implements CodeCheck {
		}

		record Wrong(int attemptsLeft) implements CodeCheck {
		}

		record Failed() implements CodeCheck {
		}

	}

	/**
	 * The first step, throttled per address typed and per client address: while a wait lasts,
	 * the password is not checked at all.
	 */
	@Transactional
	PasswordCheck checkPassword(String email, String password, String clientAddress) {
		Instant now = clock.instant();
		Duration wait = throttle.waitBefore(email, clientAddress, now);
		if (!wait.isZero()) {
			audit.record(AccountEventType.THROTTLED, email, null, clientAddress, SignInWaitMessage.of(wait));
			return new PasswordCheck.Waiting(wait);
		}
		var account = accounts.findStored(email);
		boolean matches = encoder.matches(password, account.map(StoredAccount::passwordHash).orElse(decoyHash));
		if (account.isEmpty() || !matches) {
			Duration imposed = throttle.failed(email, clientAddress, now);
			audit.record(AccountEventType.SIGN_IN_FAILED, email, account.map(StoredAccount::id).orElse(null),
					clientAddress, "Wrong password or no such account");
			return new PasswordCheck.NotRecognised(imposed);
		}
		StoredAccount found = account.get();
		if (!found.enabled()) {
			audit.record(AccountEventType.SIGN_IN_FAILED, email, found.id(), clientAddress, "Account disabled");
			return new PasswordCheck.Disabled();
		}
		if (!staffCodes && found.portal() == Portal.STAFF) {
			return signedIn(found, clientAddress, "Demo: staff code switched off");
		}
		var code = codes.issue(Purpose.SIGN_IN, found.id());
		emails.signInCode(found, code);
		audit.record(AccountEventType.CODE_SENT, email, found.id(), clientAddress, "Sign-in code emailed");
		return new PasswordCheck.CodeSent(code.id());
	}

	private PasswordCheck.SignedIn signedIn(StoredAccount account, String clientAddress, String outcome) {
		throttle.succeeded(account.email(), clock.instant());
		audit.record(AccountEventType.SIGNED_IN, account.email(), account.id(), clientAddress, outcome);
		return new PasswordCheck.SignedIn(account.signedIn());
	}

	/**
	 * Checks the code typed for a pending sign-in. The code also proves the address, so an
	 * account that was never verified is verified by it.
	 */
	@Transactional
	CodeCheck checkCode(PendingSignIn pending, String typed, String clientAddress) {
		Check check = codes.check(pending.id(), Purpose.SIGN_IN, typed);
		if (check instanceof Check.Wrong wrong) {
			audit.record(AccountEventType.CODE_FAILED, pending.email(), null, clientAddress,
					wrong.attemptsLeft() + " tries left");
			return new CodeCheck.Wrong(wrong.attemptsLeft());
		}
		if (!(check instanceof Check.Accepted accepted)) {
			audit.record(AccountEventType.CODE_FAILED, pending.email(), null, clientAddress,
					"Code used, expired or out of tries");
			return new CodeCheck.Failed();
		}
		StoredAccount account = accounts.findStored(accepted.account()).filter(StoredAccount::enabled).orElse(null);
		if (account == null) {
			return new CodeCheck.Failed();
		}
		if (accounts.markVerified(account.id(), clock.instant())) {
			events.publishEvent(new AccountVerified(account.id(), account.email(), account.portal()));
			audit.record(AccountEventType.VERIFIED, account.email(), account.id(), clientAddress, "By sign-in code");
		}
		return new CodeCheck.SignedIn(signedIn(account, clientAddress, "Password and emailed code").user());
	}

	/** @return whether a new code was sent */
	@Transactional
	boolean resendCode(String pendingId) {
		var code = codes.resend(pendingId, Purpose.SIGN_IN);
		var account = codes.accountOf(pendingId).flatMap(accounts::findStored);
		if (code.isEmpty() || account.isEmpty()) {
			return false;
		}
		emails.signInCode(account.get(), code.get());
		return true;
	}

}
