package org.caseworkportal.identity.throttle;

import java.time.Clock;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes throttle counts that no longer count, so the table does not keep every email address
 * anyone ever mistyped. Safe on every node at once: it only deletes.
 */
@Component
class ForgetOldSignInFailures {

	private final ThrottleRepository repository;

	private final SignInThrottleProperties settings;

	private final Clock clock;

	ForgetOldSignInFailures(ThrottleRepository repository, SignInThrottleProperties settings, Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
	void forgetOldFailures() {
		forgetAt(clock.instant());
	}

	int forgetAt(Instant now) {
		return repository.deleteForgotten(now.minus(settings.forgetAfter()), now);
	}

}
