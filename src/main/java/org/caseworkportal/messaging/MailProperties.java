package org.caseworkportal.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal sends email ({@code portal.mail.*}).
 *
 * @param from the sender's address on every email
 * @param smtp the SMTP server; with no host, the demonstration delivers to its demo mailbox
 * @param outbox how often the outbox is read and how failures are retried
 */
@ConfigurationProperties("portal.mail")
record MailProperties(String from, Smtp smtp, Outbox outbox) {

	/**
	 * @param host the SMTP server's host name; empty for none
	 * @param username empty when the server needs no sign-in
	 * @param tls how the connection is protected
	 */
	record Smtp(String host, int port, String username, String password, Tls tls) {

		boolean configured() {
			return host != null && !host.isBlank();
		}

		@Override
		public String toString() {
			return "Smtp[host=" + host + ", port=" + port + ", username=" + username + ", tls=" + tls + "]";
		}

	}

	enum Tls {

		/** Plain SMTP, never upgraded: only for a relay on a trusted network, or a test server. */
		NONE,
		/** SMTP upgraded with STARTTLS, which the server must offer (usually port 587). */
		STARTTLS,
		/** SMTP over TLS from the first byte (usually port 465). */
		SMTPS

	}

	/**
	 * @param pollInterval the pause between reads of the outbox
	 * @param firstRetryAfter the wait after a first failed attempt; it doubles after each further one
	 * @param longestRetryAfter the longest wait between attempts
	 * @param attemptsBeforeGivingUp after this many failed attempts an email is marked failed, for an
	 * administrator to retry
	 * @param claimLease how long a sender may take over one email before another sender may take it
	 * over; longer than an SMTP conversation can last
	 */
	record Outbox(Duration pollInterval, Duration firstRetryAfter, Duration longestRetryAfter,
			int attemptsBeforeGivingUp, @DefaultValue("PT5M") Duration claimLease) {

		/** The wait after the given number of failed attempts: doubling, and capped. */
		Duration retryAfter(int failedAttempts) {
			Duration wait = firstRetryAfter;
			for (int i = 1; i < failedAttempts && wait.compareTo(longestRetryAfter) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(longestRetryAfter) < 0 ? wait : longestRetryAfter;
		}

		boolean givesUpAfter(int attempts) {
			return attempts >= attemptsBeforeGivingUp;
		}

	}

}
