package org.caseworkportal.identity.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInWaitMessageTest {

	@Test
	void saysHowManyWholeSecondsToWait() {
		assertThat(SignInWaitMessage.of(Duration.ofSeconds(20)))
			.isEqualTo("You will be unable to sign in for 20 seconds. Please wait and sign in again later.");
	}

	@Test
	void roundsPartSecondsUp_soTryingAgainAfterThatLongWorks() {
		assertThat(SignInWaitMessage.of(Duration.ofMillis(4_001))).contains("for 5 seconds.");
		assertThat(SignInWaitMessage.of(Duration.ofSeconds(900))).contains("for 900 seconds.");
	}

	@Test
	void neverSaysLessThanOneSecond() {
		assertThat(SignInWaitMessage.of(Duration.ofMillis(1)))
			.isEqualTo("You will be unable to sign in for 1 second. Please wait and sign in again later.");
		assertThat(SignInWaitMessage.of(Duration.ZERO)).contains("for 1 second.");
	}

}
