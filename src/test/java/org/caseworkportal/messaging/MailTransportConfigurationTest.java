package org.caseworkportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which transport, and whether there is a demo mailbox, in each profile and configuration. */
class MailTransportConfigurationTest {

	private final ApplicationContextRunner portal = new ApplicationContextRunner()
		.withUserConfiguration(MessagingBeans.class)
		.withBean(JdbcClient.class, () -> mock(JdbcClient.class))
		.withBean(Clock.class, Clock::systemUTC)
		.withPropertyValues("spring.profiles.default=demo", "portal.mail.from=portal@council.example.org",
				"portal.mail.smtp.port=587", "portal.mail.smtp.tls=STARTTLS");

	@Test
	void demonstrationWithoutSmtpServerDeliversToTheDemoMailbox() {
		portal.withPropertyValues("portal.mail.smtp.host=").run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(MailTransport.class))
				.isInstanceOf(MailTransportConfiguration.DemoMailboxTransport.class);
			assertThat(context).hasSingleBean(DemoMailbox.class)
				.hasSingleBean(DemoMailboxController.class)
				.hasSingleBean(DemoMailboxLinkAdvice.class);
		});
	}

	@Test
	void demonstrationWithSmtpServerSendsThroughItAndHasNoDemoMailbox() {
		portal.withPropertyValues("portal.mail.smtp.host=smtp.council.example.org").run(context -> {
			assertThat(context.getBean(MailTransport.class)).isInstanceOf(SmtpTransport.class);
			assertThat(context).doesNotHaveBean(DemoMailbox.class)
				.doesNotHaveBean(DemoMailboxController.class)
				.doesNotHaveBean(DemoMailboxLinkAdvice.class);
		});
	}

	@Test
	void productionSendsThroughSmtpAndHasNoDemoMailbox() {
		portal.withPropertyValues("spring.profiles.active=prod", "portal.mail.smtp.host=smtp.council.example.org")
			.run(context -> {
				assertThat(context.getBean(MailTransport.class)).isInstanceOf(SmtpTransport.class);
				assertThat(context).doesNotHaveBean(DemoMailbox.class)
					.doesNotHaveBean(DemoMailboxController.class)
					.doesNotHaveBean(DemoMailboxLinkAdvice.class);
			});
	}

	@Test
	void productionWithoutSmtpServerDoesNotStart() {
		portal.withPropertyValues("spring.profiles.active=prod", "portal.mail.smtp.host=").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("MAIL_HOST");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MailProperties.class)
	@Import({ MailTransportConfiguration.class, DemoMailbox.class, DemoMailboxController.class,
			DemoMailboxLinkAdvice.class })
	static class MessagingBeans {

	}

}
