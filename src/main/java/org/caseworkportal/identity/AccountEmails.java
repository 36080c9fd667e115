package org.caseworkportal.identity;

import org.caseworkportal.messaging.MailOutbox;
import org.caseworkportal.messaging.OutgoingEmail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The emails an account's owner gets about their account, queued in the caller's transaction.
 * Wording follows the seeds ("Your code for … login", "Please verify your email address").
 */
@Component
class AccountEmails {

	private final MailOutbox outbox;

	private final String serviceName;

	private final String authorityName;

	private final String baseUrl;

	AccountEmails(MailOutbox outbox, @Value("${portal.service-name}") String serviceName,
			@Value("${portal.authority-name}") String authorityName, @Value("${portal.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.serviceName = serviceName;
		this.authorityName = authorityName;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	void signInCode(StoredAccount account, EmailedCodes.Issued code) {
		send(account.email(), "Your code for " + serviceName + " sign-in", """
				Dear %s,

				Please enter the following code on the sign-in verification page:

				%s

				The code can be used once, within 10 minutes. A new code is sent each time you sign in.

				If you did not just try to sign in, someone else knows your password. Change it: %s/forgotten-password
				""".formatted(account.fullName(), code.display(), baseUrl));
	}

	void registrationCode(String email, String fullName, EmailedCodes.Issued code) {
		send(email, "Please verify your email address", """
				Dear %s,

				Thank you for registering with %s. Please enter the following code on the email verification page:

				%s

				The code can be used once, within 10 minutes.

				If you did not register, you can ignore this email: no account is opened without the code.
				""".formatted(fullName, serviceName, code.display()));
	}

	void registrationAttemptForExistingAccount(StoredAccount account) {
		send(account.email(), "Someone tried to register with your email address", """
				Dear %s,

				Someone tried to register for %s with your email address, which already has an account.

				If it was you, you do not need to register again: sign in at %s/sign-in
				If you have forgotten your password, reset it at %s/forgotten-password

				If it was not you, you do not need to do anything: your account has not changed.
				""".formatted(account.fullName(), serviceName, baseUrl, baseUrl));
	}

	void verificationReminder(StoredAccount account) {
		send(account.email(), "Please confirm your email address for " + serviceName, """
				Dear %s,

				Your account has been opened but your email address has not been confirmed yet.

				Sign in at %s/sign-in with the email address and password you chose: we will email you a code,
				and entering it confirms your address. If you have forgotten your password, reset it at
				%s/forgotten-password
				""".formatted(account.fullName(), baseUrl, baseUrl));
	}

	void passwordResetLink(StoredAccount account, String token) {
		send(account.email(), "Reset your " + serviceName + " password", """
				Dear %s,

				We received a request to reset your password. Use this link to choose a new one:

				%s/reset-password/%s

				The link works once, within 20 minutes. If you did not ask to reset your password, you can ignore
				this email: your password has not changed.
				""".formatted(account.fullName(), baseUrl, token));
	}

	void passwordChanged(StoredAccount account) {
		send(account.email(), "Your " + serviceName + " password has been changed", """
				Dear %s,

				The password for your account has just been changed, and you have been signed out everywhere else.

				If you did not do this, reset your password now at %s/forgotten-password and contact us.
				""".formatted(account.fullName(), baseUrl));
	}

	private void send(String to, String subject, String greetingAndBody) {
		outbox.queue(new OutgoingEmail(to, subject, greetingAndBody + "\n" + authorityName + "\n"));
	}

}
