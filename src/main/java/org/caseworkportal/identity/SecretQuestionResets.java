package org.caseworkportal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.caseworkportal.identity.audit.AccountEventType;
import org.caseworkportal.identity.audit.AccountEvents;
import org.caseworkportal.identity.password.SecretAnswer;
import org.caseworkportal.identity.password.SecretQuestion;
import org.caseworkportal.identity.password.SecretQuestions;
import org.caseworkportal.identity.throttle.SignInThrottle;
import org.caseworkportal.identity.throttle.SignInWaitMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords under the seed-compatible policy (seed 001, "Resetting / Forgotten
 * Passwords"): the link is emailed only to someone who also gives the account's secret answer.
 * Nothing tells whoever asks whether the address has an account: an address without one is asked
 * a question all the same, its own every time, and every answer ends on the same page. Answers
 * that prove nothing count against the sign-in throttle, as wrong passwords do, so that answers
 * cannot be guessed at speed.
 * <p>
 * An account without a question (opened by an administrator, or registered under the standard
 * policy) is asked the made-up one and sent the link whatever the answer, as the standard policy
 * would: it has no answer to check, and its owner must not be locked out.
 */
@Service
class SecretQuestionResets {

	private final AccountRepository accounts;

	private final PasswordResets resets;

	private final SecretQuestions secretQuestions;

	private final SignInThrottle throttle;

	private final AccountEvents audit;

	private final Clock clock;

	SecretQuestionResets(AccountRepository accounts, PasswordResets resets, SecretQuestions secretQuestions,
			SignInThrottle throttle, AccountEvents audit, Clock clock) {
		this.accounts = accounts;
		this.resets = resets;
		this.secretQuestions = secretQuestions;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	/** The question to ask whoever types this address, whether or not it has an account. */
	@Transactional(readOnly = true)
	SecretQuestion questionFor(String email) {
		return secretQuestions.questionFor(email, secretAnswerOf(accounts.findStored(email)));
	}

	/**
	 * Emails a reset link when the answer is the account's secret answer; says nothing either
	 * way. While the address typed or the client's address must wait after failures, the answer
	 * is not checked.
	 * @return the wait that stopped the answer being checked; zero when it was checked
	 */
	@Transactional
	Duration request(String email, String answer, String clientAddress) {
		Instant now = clock.instant();
		Duration wait = throttle.waitBefore(email, clientAddress, now);
		if (!wait.isZero()) {
			audit.record(AccountEventType.PASSWORD_RESET_REQUESTED, email, null, clientAddress,
					"Answer not checked: " + SignInWaitMessage.of(wait));
			return wait;
		}
		var account = accounts.findStored(email);
		var secret = secretAnswerOf(account);
		boolean answered = secretQuestions.answers(secret, answer);
		if (!answered) {
			throttle.failed(email, clientAddress, now);
		}
		audit.record(AccountEventType.PASSWORD_RESET_REQUESTED, email, account.map(StoredAccount::id).orElse(null),
				clientAddress, linkIfAnswered(account, secret, answered));
		return Duration.ZERO;
	}

	/** @return what came of it, for the audit log */
	private String linkIfAnswered(Optional<StoredAccount> account, Optional<SecretAnswer> secret, boolean answered) {
		if (account.isEmpty()) {
			return "No such account";
		}
		if (secret.isPresent() && !answered) {
			return "Wrong secret answer";
		}
		if (!account.get().enabled()) {
			return "Account switched off";
		}
		resets.emailLink(account.get());
		return secret.isPresent() ? "Link emailed" : "Link emailed: the account has no secret question";
	}

	private Optional<SecretAnswer> secretAnswerOf(Optional<StoredAccount> account) {
		return account.flatMap(found -> accounts.secretAnswerOf(found.id()));
	}

}
