package org.caseworkportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseworkportal.messaging.MailProperties.Smtp;
import org.caseworkportal.messaging.MailProperties.Tls;
import org.junit.jupiter.api.Test;
import org.simplejavamail.api.mailer.config.TransportStrategy;

class SmtpTransportTest {

	@Test
	void noTlsIsPlainSmtpThatNeverUpgrades() {
		var mailer = SmtpTransport.mailer(smtp(Tls.NONE));

		assertThat(mailer.getTransportStrategy()).isEqualTo(TransportStrategy.SMTP);
		assertThat(mailer.getSession().getProperty("mail.smtp.starttls.enable")).isEqualTo("false");
	}

	@Test
	void startTlsIsRequired() {
		var mailer = SmtpTransport.mailer(smtp(Tls.STARTTLS));

		assertThat(mailer.getTransportStrategy()).isEqualTo(TransportStrategy.SMTP_TLS);
		assertThat(mailer.getSession().getProperty("mail.smtp.starttls.required")).isEqualTo("true");
	}

	@Test
	void smtpsIsTlsFromTheStart() {
		assertThat(SmtpTransport.mailer(smtp(Tls.SMTPS)).getTransportStrategy()).isEqualTo(TransportStrategy.SMTPS);
	}

	@Test
	void blankUsernameMeansNoSignIn() {
		var mailer = SmtpTransport.mailer(new Smtp("smtp.council.example.org", 25, "", "", Tls.NONE));

		assertThat(mailer.getServerConfig().getUsername()).isNull();
	}

	@Test
	void settingsNeverShowThePassword() {
		assertThat(smtp(Tls.STARTTLS).toString()).doesNotContain("s3cret-relay-password");
		assertThat(new SmtpTransport(new MailProperties("portal@council.example.org", smtp(Tls.STARTTLS), null))
			.toString()).isEqualTo("SMTP server smtp.council.example.org:587 (SMTP_TLS)");
	}

	private static Smtp smtp(Tls tls) {
		return new Smtp("smtp.council.example.org", 587, "portal", "s3cret-relay-password", tls);
	}

}
