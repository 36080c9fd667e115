package org.caseworkportal.messaging;

/** Hands an email to whatever delivers it: an SMTP server, or the demo mailbox. */
interface MailTransport {

	/**
	 * Delivers the email, returning only once it has been accepted.
	 * @throws RuntimeException when it was not accepted; the outbox tries again later
	 */
	void send(OutgoingEmail email);

}
