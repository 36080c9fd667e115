package org.caseworkportal.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_outbox} table. Every change of a row's state is one statement, conditional on
 * the state the caller expects, so that several senders (one per portal node) can share the
 * table: a sender owns a row only while its claim token is on it.
 */
@Repository
class OutboxRepository {

	static final int LONGEST_ERROR = 1000;

	private static final String ENTRY_COLUMNS = """
			id, recipient, subject, status, attempts, queued_at, next_attempt_at, last_attempt_at, last_error, sent_at""";

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(OutgoingEmail email, Instant now) {
		jdbc.sql("""
				insert into mail_outbox (recipient, subject, text_body, html_body, status, attempts, queued_at, next_attempt_at)
				values (:recipient, :subject, :textBody, :htmlBody, 'QUEUED', 0, :now, :now)""")
			.param("recipient", email.to())
			.param("subject", email.subject())
			.param("textBody", email.textBody())
			.param("htmlBody", email.htmlBody())
			.param("now", timestamp(now))
			.update();
	}

	/**
	 * Emails a sender may claim at {@code now}: waiting ones whose time has come, and ones whose
	 * sender's lease has run out (that sender stopped part-way).
	 */
	List<Long> findDue(Instant now, int limit) {
		return jdbc.sql("""
				select id from mail_outbox
				where (status = 'QUEUED' and next_attempt_at <= :now) or (status = 'SENDING' and claimed_until <= :now)
				order by next_attempt_at, id
				limit :limit""")
			.param("now", timestamp(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Claims an email for one attempt, if it is still due. The condition is re-checked by the
	 * database against the committed row, so of two senders racing for it exactly one wins.
	 * @return whether this sender now owns the email, under {@code token}
	 */
	boolean claim(long id, String token, Instant now, Instant leaseEnd) {
		return jdbc.sql("""
				update mail_outbox
				set status = 'SENDING', attempts = attempts + 1, claim_token = :token, claimed_until = :leaseEnd,
				    last_attempt_at = :now
				where id = :id
				  and ((status = 'QUEUED' and next_attempt_at <= :now) or (status = 'SENDING' and claimed_until <= :now))""")
			.param("id", id)
			.param("token", token)
			.param("now", timestamp(now))
			.param("leaseEnd", timestamp(leaseEnd))
			.update() == 1;
	}

	/** A claimed email as the sender needs it: what to send and how many attempts it has had. */
	Optional<ClaimedEmail> findClaimed(long id, String token) {
		return jdbc.sql("""
				select recipient, subject, text_body, html_body, attempts from mail_outbox
				where id = :id and claim_token = :token and status = 'SENDING'""")
			.param("id", id)
			.param("token", token)
			.query((rs, row) -> new ClaimedEmail(id, token,
					new OutgoingEmail(rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
							rs.getString("html_body")),
					rs.getInt("attempts")))
			.optional();
	}

	/** Records that the mail server accepted the email, and forgets its body. */
	boolean markSent(ClaimedEmail claimed, Instant now) {
		return jdbc.sql("""
				update mail_outbox
				set status = 'SENT', sent_at = :now, text_body = null, html_body = null, claim_token = null,
				    claimed_until = null, last_error = null
				where id = :id and claim_token = :token and status = 'SENDING'""")
			.param("id", claimed.id())
			.param("token", claimed.token())
			.param("now", timestamp(now))
			.update() == 1;
	}

	/** Puts a failed email back in the queue for another attempt at {@code nextAttempt}. */
	boolean markForRetry(ClaimedEmail claimed, String error, Instant nextAttempt) {
		return jdbc.sql("""
				update mail_outbox
				set status = 'QUEUED', next_attempt_at = :nextAttempt, last_error = :error, claim_token = null,
				    claimed_until = null
				where id = :id and claim_token = :token and status = 'SENDING'""")
			.param("id", claimed.id())
			.param("token", claimed.token())
			.param("nextAttempt", timestamp(nextAttempt))
			.param("error", truncate(error))
			.update() == 1;
	}

	/** Gives up on an email: no more automatic attempts. */
	boolean markFailed(ClaimedEmail claimed, String error) {
		return jdbc.sql("""
				update mail_outbox
				set status = 'FAILED', last_error = :error, claim_token = null, claimed_until = null
				where id = :id and claim_token = :token and status = 'SENDING'""")
			.param("id", claimed.id())
			.param("token", claimed.token())
			.param("error", truncate(error))
			.update() == 1;
	}

	/**
	 * Queues a failed email for one more attempt at {@code now}.
	 * @return false when the email is not (or no longer) failed
	 */
	boolean retryFailed(long id, Instant now) {
		return jdbc.sql("""
				update mail_outbox set status = 'QUEUED', next_attempt_at = :now
				where id = :id and status = 'FAILED'""")
			.param("id", id)
			.param("now", timestamp(now))
			.update() == 1;
	}

	Optional<OutboxEntry> find(long id) {
		return jdbc.sql("select " + ENTRY_COLUMNS + " from mail_outbox where id = :id")
			.param("id", id)
			.query(OutboxRepository::entry)
			.optional();
	}

	/** Emails not yet sent, the next due first. */
	List<OutboxEntry> findWaiting(int limit) {
		return jdbc.sql("select " + ENTRY_COLUMNS
				+ " from mail_outbox where status in ('QUEUED', 'SENDING') order by next_attempt_at, id limit :limit")
			.param("limit", limit)
			.query(OutboxRepository::entry)
			.list();
	}

	/** Emails given up on, the most recent failure first. */
	List<OutboxEntry> findFailed(int limit) {
		return jdbc.sql("select " + ENTRY_COLUMNS
				+ " from mail_outbox where status = 'FAILED' order by last_attempt_at desc, id desc limit :limit")
			.param("limit", limit)
			.query(OutboxRepository::entry)
			.list();
	}

	/** Emails sent, the most recent first. */
	List<OutboxEntry> findSent(int limit) {
		return jdbc.sql("select " + ENTRY_COLUMNS
				+ " from mail_outbox where status = 'SENT' order by sent_at desc, id desc limit :limit")
			.param("limit", limit)
			.query(OutboxRepository::entry)
			.list();
	}

	private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
		return new OutboxEntry(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
				MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "queued_at"),
				instant(rs, "next_attempt_at"), instant(rs, "last_attempt_at"), rs.getString("last_error"),
				instant(rs, "sent_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	/**
	 * The instant as the databases keep it, in whole microseconds. Without this the database
	 * rounds: a lease ending at a given nanosecond could be stored as ending after it, and a
	 * sender asking at exactly that instant would find it not yet over.
	 */
	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
	}

	private static String truncate(String error) {
		if (error == null || error.length() <= LONGEST_ERROR) {
			return error;
		}
		int end = LONGEST_ERROR - 1;
		if (Character.isHighSurrogate(error.charAt(end - 1))) {
			end--;
		}
		return error.substring(0, end) + "…";
	}

	/** An email this sender has claimed, under its claim token. */
	record ClaimedEmail(long id, String token, OutgoingEmail email, int attempts) {

	}

}
