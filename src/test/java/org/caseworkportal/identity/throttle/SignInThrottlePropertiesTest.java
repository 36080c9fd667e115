package org.caseworkportal.identity.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.stream.IntStream;

import org.caseworkportal.identity.throttle.SignInThrottleProperties.Curve;
import org.junit.jupiter.api.Test;

class SignInThrottlePropertiesTest {

	private final Curve curve = new Curve(3, Duration.ofSeconds(5), Duration.ofMinutes(15));

	@Test
	void firstFailuresAreFreeThenTheWaitDoublesWithEachFailure() {
		assertThat(IntStream.rangeClosed(1, 9).mapToObj(curve::waitAfter).map(Duration::toSeconds))
			.containsExactly(0L, 0L, 0L, 5L, 10L, 20L, 40L, 80L, 160L);
	}

	@Test
	void waitStopsGrowingAtTheLongestWait_howeverManyFailures() {
		assertThat(curve.waitAfter(11)).isEqualTo(Duration.ofSeconds(640));
		assertThat(curve.waitAfter(12)).isEqualTo(Duration.ofMinutes(15));
		assertThat(curve.waitAfter(1_000_000)).isEqualTo(Duration.ofMinutes(15));
		assertThat(curve.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void settingsThatCouldLockSomeoneOutForGoodAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SignInThrottleProperties(curve, curve, Duration.ofMinutes(15)))
			.withMessageContaining("forget-after");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Curve(3, Duration.ofMinutes(1), Duration.ofSeconds(30)));
		assertThatIllegalArgumentException().isThrownBy(() -> new Curve(-1, Duration.ofSeconds(5), Duration.ofMinutes(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new Curve(3, Duration.ZERO, Duration.ofMinutes(1)));
	}

}
