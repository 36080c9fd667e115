package org.caseworkportal.messaging;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where features put the emails they send. An email is a row written in the caller's transaction,
 * so it is sent if and only if the change that caused it commits; a background sender delivers
 * it, retrying while the mail server is unavailable.
 */
@Service
public class MailOutbox {

	private final OutboxRepository repository;

	private final Clock clock;

	private final OutboxSender sender;

	MailOutbox(OutboxRepository repository, Clock clock, OutboxSender sender) {
		this.repository = repository;
		this.clock = clock;
		this.sender = sender;
	}

	/**
	 * Queues an email to be sent once the caller's transaction commits.
	 * @throws org.springframework.transaction.IllegalTransactionStateException when called
	 * outside a transaction: the email must commit or roll back with the change that causes it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(OutgoingEmail email) {
		repository.insert(email, clock.instant());
		boolean roundRequested = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.anyMatch(SendAfterCommit.class::isInstance);
		if (!roundRequested) {
			TransactionSynchronizationManager.registerSynchronization(new SendAfterCommit());
		}
	}

	private final class SendAfterCommit implements TransactionSynchronization {

		@Override
		public void afterCommit() {
			sender.sendSoon();
		}

	}

}
