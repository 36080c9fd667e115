package org.caseworkportal.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses how email leaves the portal: the SMTP server when one is set, else the demo mailbox. */
@Configuration(proxyBeanMethods = false)
class MailTransportConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailTransportConfiguration.class);

	@Bean
	MailTransport mailTransport(MailProperties properties, ObjectProvider<DemoMailbox> demoMailbox) {
		if (properties.smtp().configured()) {
			var smtp = new SmtpTransport(properties);
			log.info("Email is sent from {} through the {}", properties.from(), smtp);
			return smtp;
		}
		DemoMailbox mailbox = demoMailbox.getIfAvailable();
		if (mailbox == null) {
			throw new IllegalStateException(
					"No SMTP server is set for email: set MAIL_HOST (portal.mail.smtp.host). Only the demonstration "
							+ "(profile \"demo\") can run without one, delivering to its demo mailbox.");
		}
		log.info("No SMTP server is set (MAIL_HOST): email is delivered to the demo mailbox at {}",
				DemoMailboxController.MAILBOX);
		return new DemoMailboxTransport(mailbox);
	}

	/** Delivers to the demo mailbox; a named class so the log and debugger say what it is. */
	record DemoMailboxTransport(DemoMailbox mailbox) implements MailTransport {

		@Override
		public void send(OutgoingEmail email) {
			mailbox.deliver(email);
		}

	}

}
