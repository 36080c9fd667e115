package org.caseworkportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxRetryTest {

	private final MailProperties.Outbox outbox = new MailProperties.Outbox(Duration.ofSeconds(10),
			Duration.ofMinutes(1), Duration.ofHours(1), 12, Duration.ofMinutes(5));

	@Test
	void waitDoublesAfterEachFailedAttempt() {
		assertThat(outbox.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(outbox.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(outbox.retryAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(outbox.retryAfter(6)).isEqualTo(Duration.ofMinutes(32));
	}

	@Test
	void waitIsCappedAtTheLongest() {
		assertThat(outbox.retryAfter(7)).isEqualTo(Duration.ofHours(1));
		assertThat(outbox.retryAfter(1000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void givesUpAfterTheLastAttempt() {
		assertThat(outbox.givesUpAfter(11)).isFalse();
		assertThat(outbox.givesUpAfter(12)).isTrue();
	}

	@Test
	void errorIsDescribedWithItsCauses() {
		var error = new IllegalStateException("Failed to send email",
				new RuntimeException("Couldn't connect to host\r\n port 25", new java.net.ConnectException("Connection refused")));

		assertThat(OutboxSender.describe(error)).isEqualTo("IllegalStateException: Failed to send email; caused by "
				+ "RuntimeException: Couldn't connect to host port 25; caused by ConnectException: Connection refused");
	}

}
