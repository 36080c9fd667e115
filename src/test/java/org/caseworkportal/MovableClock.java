package org.caseworkportal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock in tests: real time, or frozen, moved forward on request, so that a test
 * proves what happens after ten minutes without waiting ten minutes. Tests that move it put it
 * back.
 */
public class MovableClock extends Clock {

	private final Clock system = Clock.systemDefaultZone();

	private volatile Duration ahead = Duration.ZERO;

	private volatile Instant frozenAt;

	/** Stops time where it is, so that a test's own slowness cannot move it. */
	public synchronized void freeze() {
		frozenAt = instant();
	}

	public synchronized void moveForward(Duration duration) {
		if (frozenAt != null) {
			frozenAt = frozenAt.plus(duration);
		}
		else {
			ahead = ahead.plus(duration);
		}
	}

	public synchronized void reset() {
		ahead = Duration.ZERO;
		frozenAt = null;
	}

	@Override
	public Instant instant() {
		Instant frozen = frozenAt;
		return frozen != null ? frozen : system.instant().plus(ahead);
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	/** This clock seen from another zone: it moves when this one moves (PepPages asks for UK time). */
	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock movable = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return movable.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return movable.withZone(other);
			}

		};
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
