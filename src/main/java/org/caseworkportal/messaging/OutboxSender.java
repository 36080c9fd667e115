package org.caseworkportal.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.caseworkportal.messaging.OutboxRepository.ClaimedEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the outbox's due emails, on every portal node. Each email is claimed by a conditional
 * update before it is sent, so two nodes never send the same one; the claim is a lease, so an
 * email claimed by a node that stopped is sent by another once the lease has run out. Each state
 * change commits on its own: nothing is held open while the mail server is talked to.
 * <p>
 * A change that queues email asks for a round straight after it commits, so a sign-in code
 * arrives in seconds; the regular round picks up retries and anything a stopped node left.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** The most emails one round sends; the rest wait for the next round. */
	static final int BATCH_SIZE = 100;

	private final OutboxRepository repository;

	private final MailTransport transport;

	private final MailProperties.Outbox settings;

	private final Clock clock;

	private final TaskScheduler scheduler;

	OutboxSender(OutboxRepository repository, MailTransport transport, MailProperties properties, Clock clock,
			TaskScheduler scheduler) {
		this.repository = repository;
		this.transport = transport;
		this.settings = properties.outbox();
		this.clock = clock;
		this.scheduler = scheduler;
	}

	@Scheduled(fixedDelayString = "${portal.mail.outbox.poll-interval}",
			initialDelayString = "${portal.mail.outbox.poll-interval}")
	void sendDueNow() {
		sendDue(clock.instant());
	}

	/** Asks for a round as soon as the scheduler is free, without waiting for it. */
	void sendSoon() {
		scheduler.schedule(this::sendDueNow, clock.instant());
	}

	/**
	 * Sends the emails due at {@code now}, one at a time.
	 * @param now the time as this sender sees it; tests pass a later time instead of waiting
	 * @return how many emails the mail server accepted
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	int sendDue(Instant now) {
		Instant started = clock.instant();
		int sent = 0;
		for (long id : repository.findDue(now, BATCH_SIZE)) {
			// Time passes while earlier emails are sent; leases and retries count from the real moment.
			Instant at = now.plus(Duration.between(started, clock.instant()));
			String token = UUID.randomUUID().toString();
			if (repository.claim(id, token, at, at.plus(settings.claimLease()))) {
				ClaimedEmail claimed = repository.findClaimed(id, token).orElse(null);
				if (claimed != null && send(claimed, at)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean send(ClaimedEmail claimed, Instant at) {
		try {
			transport.send(claimed.email());
		}
		catch (RuntimeException ex) {
			recordFailure(claimed, at, describe(ex));
			return false;
		}
		if (!repository.markSent(claimed, at)) {
			log.warn("Email {} was sent after its claim had run out; another sender may send it again", claimed.id());
		}
		return true;
	}

	private void recordFailure(ClaimedEmail claimed, Instant at, String error) {
		if (settings.givesUpAfter(claimed.attempts())) {
			log.error("Giving up on email {} after {} attempts: {}", claimed.id(), claimed.attempts(), error);
			repository.markFailed(claimed, error);
		}
		else {
			Instant next = at.plus(settings.retryAfter(claimed.attempts()));
			log.warn("Email {} not sent (attempt {}), trying again at {}: {}", claimed.id(), claimed.attempts(), next,
					error);
			repository.markForRetry(claimed, error, next);
		}
	}

	/** The exception and its causes, in one line: what went wrong, for administrators. */
	static String describe(Throwable ex) {
		var text = new StringBuilder();
		for (Throwable cause = ex; cause != null && text.length() < OutboxRepository.LONGEST_ERROR; cause = cause
			.getCause()) {
			if (!text.isEmpty()) {
				text.append("; caused by ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage().strip().replaceAll("\\s+", " "));
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return text.toString();
	}

}
