package org.caseworkportal.identity.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long people wait after failed sign-ins ({@code portal.sign-in.throttle.*}). The waits
 * slow down password guessing without ever locking an account for good: every wait ends by
 * itself, and an administrator can end it sooner.
 *
 * @param perAccount the waits for one email address, whether or not it has an account
 * @param perAddress the waits for one client (IP) address, over every email it tries; more
 * lenient, since one address can be a whole school behind one router
 * @param forgetAfter failures older than this no longer count; longer than either longest wait
 */
@ConfigurationProperties("portal.sign-in.throttle")
public record SignInThrottleProperties(Curve perAccount, Curve perAddress, Duration forgetAfter) {

	public SignInThrottleProperties {
		if (forgetAfter.compareTo(perAccount.longestWait()) <= 0 || forgetAfter.compareTo(perAddress.longestWait()) <= 0) {
			throw new IllegalArgumentException("portal.sign-in.throttle.forget-after must be longer than the longest wait");
		}
	}

	/**
	 * How the wait grows with failures: none for the first {@code freeFailures}, then
	 * {@code firstWait}, doubling with each further failure up to {@code longestWait}.
	 *
	 * @param freeFailures failures allowed before any wait (typing mistakes happen)
	 * @param firstWait the wait after the first failure beyond the free ones
	 * @param longestWait the most any single failure makes someone wait
	 */
	public record Curve(int freeFailures, Duration firstWait, Duration longestWait) {

		public Curve {
			if (freeFailures < 0 || firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0) {
				throw new IllegalArgumentException(
						"A sign-in throttle needs free-failures >= 0 and 0 < first-wait <= longest-wait");
			}
		}

		/** The wait imposed by the given failure, counting from 1. */
		public Duration waitAfter(int failures) {
			if (failures <= freeFailures) {
				return Duration.ZERO;
			}
			Duration wait = firstWait;
			for (int beyondFirst = failures - freeFailures - 1; beyondFirst > 0
					&& wait.compareTo(longestWait) < 0; beyondFirst--) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(longestWait) < 0 ? wait : longestWait;
		}

	}

}
