package org.caseworkportal.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The demonstration's mailbox: with no SMTP server, emails are delivered here, to be read on the
 * demo mailbox page by whoever is trying the portal.
 */
@Repository
@Conditional(DemoMailboxCondition.class)
class DemoMailbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String from;

	DemoMailbox(JdbcClient jdbc, Clock clock, MailProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.from = properties.from();
	}

	void deliver(OutgoingEmail email) {
		jdbc.sql("""
				insert into demo_mailbox_message (sender, recipient, subject, text_body, delivered_at)
				values (:sender, :recipient, :subject, :textBody, :deliveredAt)""")
			.param("sender", from)
			.param("recipient", email.to())
			.param("subject", email.subject())
			.param("textBody", email.textBody())
			.param("deliveredAt", Timestamp.from(clock.instant()))
			.update();
	}

	/** The most recent messages, newest (the last delivered) first. */
	List<Message> newestFirst(int limit) {
		return jdbc.sql("""
				select id, sender, recipient, subject, text_body, delivered_at from demo_mailbox_message
				order by id desc
				limit :limit""")
			.param("limit", limit)
			.query(DemoMailbox::message)
			.list();
	}

	Optional<Message> find(long id) {
		return jdbc.sql("""
				select id, sender, recipient, subject, text_body, delivered_at from demo_mailbox_message
				where id = :id""")
			.param("id", id)
			.query(DemoMailbox::message)
			.optional();
	}

	private static Message message(ResultSet rs, int row) throws SQLException {
		return new Message(rs.getLong("id"), rs.getString("sender"), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("text_body"), rs.getTimestamp("delivered_at").toInstant());
	}

	record Message(long id, String sender, String recipient, String subject, String textBody, Instant deliveredAt) {

	}

}
