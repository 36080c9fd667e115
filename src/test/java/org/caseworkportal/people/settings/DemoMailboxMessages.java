package org.caseworkportal.people.settings;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the demo mailbox received for one address: the emails the demo would show a newcomer. */
record DemoMailboxMessages(JdbcClient jdbc) {

	/** Waits for the outbox to deliver the address its listing email, then gives its subject and body. */
	Message awaitListingTo(String recipient) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !listingsTo(recipient).isEmpty());
		List<Message> messages = listingsTo(recipient);
		if (messages.size() != 1) {
			throw new AssertionError("Expected one listing email to " + recipient + " but found " + messages.size());
		}
		return messages.get(0);
	}

	/** The emails telling the address it was listed (it may also get sign-in codes). */
	List<Message> listingsTo(String recipient) {
		return jdbc.sql("""
				select subject, text_body from demo_mailbox_message
				where recipient = :recipient and subject like 'You have been listed for %'""")
			.param("recipient", recipient)
			.query((rs, row) -> new Message(rs.getString("subject"), rs.getString("text_body")))
			.list();
	}

	record Message(String subject, String body) {

	}

}
