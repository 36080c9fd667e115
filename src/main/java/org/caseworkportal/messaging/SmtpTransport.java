package org.caseworkportal.messaging;

import org.caseworkportal.messaging.MailProperties.Smtp;
import org.caseworkportal.messaging.MailProperties.Tls;
import org.simplejavamail.api.email.EmailPopulatingBuilder;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;

/** Sends through the SMTP server in {@code portal.mail.smtp}, with Simple Java Mail. */
class SmtpTransport implements MailTransport, AutoCloseable {

	private final Mailer mailer;

	private final String from;

	SmtpTransport(MailProperties properties) {
		this.mailer = mailer(properties.smtp());
		this.from = properties.from();
	}

	static Mailer mailer(Smtp smtp) {
		var builder = MailerBuilder
			.withSMTPServer(smtp.host(), smtp.port(), blankToNull(smtp.username()), blankToNull(smtp.password()))
			.withTransportStrategy(strategy(smtp.tls()));
		if (smtp.tls() == Tls.NONE) {
			// TransportStrategy.SMTP upgrades to TLS when the server offers it ("opportunistic TLS").
			// NONE means never; set on this mailer's session, not on the shared enum constant.
			builder.withProperty("mail.smtp.starttls.enable", "false");
		}
		return builder.buildMailer();
	}

	static TransportStrategy strategy(Tls tls) {
		return switch (tls) {
			case NONE -> TransportStrategy.SMTP;
			case STARTTLS -> TransportStrategy.SMTP_TLS;
			case SMTPS -> TransportStrategy.SMTPS;
		};
	}

	@Override
	public void send(OutgoingEmail email) {
		EmailPopulatingBuilder message = EmailBuilder.startingBlank()
			.from(from)
			.to(email.to())
			.withSubject(email.subject())
			.withPlainText(email.textBody());
		if (email.htmlBody() != null) {
			message.withHTMLText(email.htmlBody());
		}
		// The mailer is synchronous, so this returns once the server has accepted the email.
		mailer.sendMail(message.buildEmail()).join();
	}

	@Override
	public void close() throws Exception {
		mailer.close();
	}

	@Override
	public String toString() {
		var server = mailer.getServerConfig();
		return "SMTP server " + server.getHost() + ":" + server.getPort() + " (" + mailer.getTransportStrategy() + ")";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
