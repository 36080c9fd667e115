package org.caseworkportal.identity.audit;

import java.time.Instant;

/** One row of the audit log. {@code accountId} is null when no account had the email. */
record AccountEvent(long id, Instant occurredAt, AccountEventType type, String email, Long accountId,
		String clientAddress, String outcome) {

}
