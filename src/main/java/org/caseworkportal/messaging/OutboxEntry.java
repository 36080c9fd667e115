package org.caseworkportal.messaging;

import java.time.Instant;

/** An email in the outbox and how its sending is going; what administrators see (no body). */
record OutboxEntry(long id, String recipient, String subject, MailStatus status, int attempts, Instant queuedAt,
		Instant nextAttemptAt, Instant lastAttemptAt, String lastError, Instant sentAt) {

}
