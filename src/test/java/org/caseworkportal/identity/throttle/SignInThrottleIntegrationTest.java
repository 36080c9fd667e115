package org.caseworkportal.identity.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throttle against the real database, with the default settings of application.yml: per
 * email 3 free failures then 5 s doubling; per address 10 free; at most 15 minutes; forgotten
 * after 24 hours. Time is passed in, never waited for. Every test uses email and client
 * addresses of its own, far from the ones other tests sign in with.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleIntegrationTest {

	private static final Instant NINE_AM = Instant.parse("2030-03-04T09:00:00Z");

	@Autowired
	SignInThrottle throttle;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ForgetOldSignInFailures housekeeping;

	@Autowired
	JdbcClient jdbc;

	@Test
	void waitGrowsWithEachFailureAfterTheFreeOnes() {
		String email = anEmail();
		String address = anAddress();

		List<Duration> waits = failTimes(8, email, address, NINE_AM);

		assertThat(waits).extracting(Duration::toSeconds).containsExactly(0L, 0L, 0L, 5L, 10L, 20L, 40L, 80L);
		assertThat(throttle.waitBefore(email, address, NINE_AM)).isEqualTo(Duration.ofSeconds(80));
		assertThat(throttle.throttled(email, NINE_AM)).isTrue();
	}

	@Test
	void freeFailuresImposeNoWait() {
		String email = anEmail();
		String address = anAddress();

		failTimes(3, email, address, NINE_AM);

		assertThat(throttle.waitBefore(email, address, NINE_AM)).isZero();
		assertThat(throttle.throttled(email, NINE_AM)).isFalse();
	}

	@Test
	void waitEndsByItself() {
		String email = anEmail();
		String address = anAddress();
		failTimes(4, email, address, NINE_AM);

		assertThat(throttle.waitBefore(email, address, NINE_AM.plusMillis(3_500))).isEqualTo(Duration.ofMillis(1_500));
		assertThat(throttle.waitBefore(email, address, NINE_AM.plusSeconds(5))).isZero();
		assertThat(throttle.throttled(email, NINE_AM.plusSeconds(5))).isFalse();
	}

	@Test
	void anUnknownEmailWaitsExactlyAsLongAsAnAccountWithAWrongPassword() {
		String known = anEmail();
		accounts.open(new NewAccount("Ann", "Example", known, Set.of(Role.PROFESSIONAL)), "a-long-enough-password");
		String unknown = anEmail();
		assertThat(accounts.exists(unknown)).isFalse();

		List<Duration> knownWaits = failTimes(7, known, anAddress(), NINE_AM);
		List<Duration> unknownWaits = failTimes(7, unknown, anAddress(), NINE_AM);

		assertThat(unknownWaits).isEqualTo(knownWaits);
		assertThat(throttle.throttled(unknown, NINE_AM)).isEqualTo(throttle.throttled(known, NINE_AM)).isTrue();
	}

	@Test
	void emailIsCountedWhateverItsCaseAndSpaces() {
		String email = anEmail();

		failTimes(2, email, anAddress(), NINE_AM);
		failTimes(2, " " + email.toUpperCase() + " ", anAddress(), NINE_AM);

		assertThat(throttle.waitBefore(email, anAddress(), NINE_AM)).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void waitIsPerEmail_anotherEmailFromTheSameAddressMayStillTry() {
		String address = anAddress();
		String blocked = anEmail();
		failTimes(5, blocked, address, NINE_AM);

		assertThat(throttle.waitBefore(blocked, address, NINE_AM)).isEqualTo(Duration.ofSeconds(10));
		assertThat(throttle.waitBefore(anEmail(), address, NINE_AM)).isZero();
	}

	@Test
	void waitIsPerEmail_theSameEmailFromAnotherAddressStillWaits() {
		String email = anEmail();
		failTimes(5, email, anAddress(), NINE_AM);

		assertThat(throttle.waitBefore(email, anAddress(), NINE_AM)).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void waitIsPerAddress_manyEmailsFromOneAddressAreBlockedAfterTheAddressFreeFailures() {
		String address = anAddress();
		Duration lastWait = Duration.ZERO;
		for (int i = 1; i <= 10; i++) {
			lastWait = throttle.failed(anEmail(), address, NINE_AM);
		}
		assertThat(lastWait).as("ten failures from one address are free").isZero();
		assertThat(throttle.waitBefore(anEmail(), address, NINE_AM)).isZero();

		Duration eleventh = throttle.failed(anEmail(), address, NINE_AM);
		Duration twelfth = throttle.failed(anEmail(), address, NINE_AM);

		assertThat(eleventh).isEqualTo(Duration.ofSeconds(5));
		assertThat(twelfth).isEqualTo(Duration.ofSeconds(10));
		String newcomer = anEmail();
		assertThat(throttle.waitBefore(newcomer, address, NINE_AM)).isEqualTo(Duration.ofSeconds(10));
		assertThat(throttle.waitBefore(newcomer, anAddress(), NINE_AM)).as("the same email from elsewhere").isZero();
		assertThat(throttle.throttled(newcomer, NINE_AM)).as("the email itself is not throttled").isFalse();
	}

	@Test
	void successForgetsTheEmailsFailures() {
		String email = anEmail();
		String address = anAddress();
		failTimes(4, email, address, NINE_AM);
		Instant afterTheWait = NINE_AM.plusSeconds(5);

		throttle.succeeded(email, afterTheWait);

		assertThat(throttle.failed(email, address, afterTheWait)).as("a free failure again").isZero();
	}

	@Test
	void successDoesNotForgetTheAddressesFailures() {
		String address = anAddress();
		for (int i = 1; i <= 10; i++) {
			throttle.failed(anEmail(), address, NINE_AM);
		}
		String email = anEmail();

		throttle.succeeded(email, NINE_AM);

		assertThat(throttle.failed(email, address, NINE_AM)).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void successDuringAWaitDoesNotLiftIt() {
		String email = anEmail();
		failTimes(4, email, anAddress(), NINE_AM);

		throttle.succeeded(email, NINE_AM.plusSeconds(1));

		assertThat(throttle.waitBefore(email, anAddress(), NINE_AM.plusSeconds(1))).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void unblockEndsTheWaitAndForgetsTheFailures() {
		String email = anEmail();
		String address = anAddress();
		failTimes(6, email, address, NINE_AM);
		assertThat(throttle.throttled(email, NINE_AM)).isTrue();

		throttle.unblock(email.toUpperCase());

		assertThat(throttle.throttled(email, NINE_AM)).isFalse();
		assertThat(throttle.waitBefore(email, address, NINE_AM)).isZero();
		assertThat(throttle.failed(email, address, NINE_AM)).as("a free failure again").isZero();
	}

	@Test
	void waitNeverExceedsFifteenMinutes_andThenEndsByItself() {
		String email = anEmail();
		String address = anAddress();

		List<Duration> waits = failTimes(40, email, address, NINE_AM);

		assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(15)));
		assertThat(waits.get(39)).isEqualTo(Duration.ofMinutes(15));
		Instant later = NINE_AM.plus(Duration.ofMinutes(15));
		assertThat(throttle.waitBefore(email, address, later)).isZero();
		assertThat(throttle.throttled(email, later)).isFalse();
	}

	@Test
	void failuresOlderThanADayAreForgotten() {
		String email = anEmail();
		String address = anAddress();
		failTimes(5, email, address, NINE_AM);

		Duration nextDay = throttle.failed(email, address, NINE_AM.plus(Duration.ofHours(24)).plusSeconds(1));

		assertThat(nextDay).as("counted as a first failure").isZero();
	}

	@Test
	void failuresWithinADayKeepCounting() {
		String email = anEmail();
		String address = anAddress();
		failTimes(5, email, address, NINE_AM);

		Duration laterThatDay = throttle.failed(email, address, NINE_AM.plus(Duration.ofHours(23)));

		assertThat(laterThatDay).isEqualTo(Duration.ofSeconds(20));
	}

	@Test
	void failureIsCountedEvenWhenTheCallersTransactionRollsBack() {
		String email = anEmail();
		String address = anAddress();
		failTimes(3, email, address, NINE_AM);

		transaction.executeWithoutResult(status -> {
			throttle.failed(email, address, NINE_AM);
			status.setRollbackOnly();
		});

		assertThat(throttle.waitBefore(email, address, NINE_AM)).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void concurrentFailuresAreAllCounted() throws Exception {
		String email = anEmail();
		String address = anAddress();
		int requests = 8;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			var start = new CountDownLatch(1);
			List<Future<Duration>> results = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				Callable<Duration> request = () -> {
					start.await();
					return throttle.failed(email, address, NINE_AM);
				};
				results.add(pool.submit(request));
			}
			start.countDown();
			for (Future<Duration> result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(throttle.failed(email, address, NINE_AM)).as("the ninth failure").isEqualTo(Duration.ofSeconds(160));
	}

	@Test
	void housekeepingDeletesOnlyFailuresThatNoLongerCount() {
		String old = anEmail();
		String recent = anEmail();
		String blockedLong = anEmail();
		Instant dayLater = NINE_AM.plus(Duration.ofHours(24)).plusSeconds(1);
		failTimes(5, old, anAddress(), NINE_AM);
		failTimes(5, recent, anAddress(), dayLater.minusSeconds(60));
		failTimes(20, blockedLong, anAddress(), NINE_AM.minus(Duration.ofHours(24)));
		jdbc.sql("update sign_in_throttle set blocked_until = :until where throttle_key = :key")
			.param("until", Timestamp.from(dayLater.plusSeconds(1)))
			.param("key", SignInThrottle.accountKey(blockedLong))
			.update();

		housekeeping.forgetAt(dayLater);

		assertThat(keyKept(old)).as("failures more than a day old").isFalse();
		assertThat(keyKept(recent)).as("failures within the day").isTrue();
		assertThat(keyKept(blockedLong)).as("a wait still in force").isTrue();
	}

	private boolean keyKept(String email) {
		return jdbc.sql("select count(*) from sign_in_throttle where throttle_key = :key")
			.param("key", SignInThrottle.accountKey(email))
			.query(Long.class)
			.single() == 1;
	}

	private List<Duration> failTimes(int times, String email, String address, Instant now) {
		List<Duration> waits = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			waits.add(throttle.failed(email, address, now));
		}
		return waits;
	}

	private static String anEmail() {
		return "throttle-" + UUID.randomUUID() + "@school.example";
	}

	/** An address from the range kept for documentation (2001:db8::/32), never a real client. */
	private static String anAddress() {
		UUID random = UUID.randomUUID();
		return "2001:db8:%x:%x::1".formatted(random.getMostSignificantBits() & 0xffff, random.getLeastSignificantBits() & 0xffff);
	}

}
