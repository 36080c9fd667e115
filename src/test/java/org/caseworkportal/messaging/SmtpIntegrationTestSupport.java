package org.caseworkportal.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.caseworkportal.TestSmtpServer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal sending through a real SMTP server (GreenMail). Test classes extending this share
 * one Spring context.
 */
@SpringBootTest(properties = "portal.mail.smtp.tls=NONE")
@AutoConfigureMockMvc
abstract class SmtpIntegrationTestSupport {

	static final Duration PATIENCE = Duration.ofSeconds(10);

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(TestSmtpServer.SETUP);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		TestSmtpServer.sendMailHere(registry);
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxRepository repository;

	@Autowired
	MailProperties mailProperties;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	/** Queues the email in a transaction of its own, as a feature's service would. */
	void queue(OutgoingEmail email) {
		transaction.executeWithoutResult(status -> outbox.queue(email));
	}

	/** The email's row in the outbox, found by its subject (test emails' subjects are unique). */
	OutboxEntry outboxEntry(OutgoingEmail email) {
		long id = jdbc.sql("select id from mail_outbox where subject = :subject")
			.param("subject", email.subject())
			.query(Long.class)
			.single();
		return repository.find(id).orElseThrow();
	}

	Optional<Long> outboxId(OutgoingEmail email) {
		return jdbc.sql("select id from mail_outbox where subject = :subject")
			.param("subject", email.subject())
			.query(Long.class)
			.optional();
	}

	/** What the SMTP server has received with the email's subject. */
	static List<MimeMessage> received(OutgoingEmail email) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(message -> subjectOf(message).equals(email.subject()))
			.toList();
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
