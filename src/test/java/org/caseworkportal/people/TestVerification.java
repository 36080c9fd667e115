package org.caseworkportal.people;

import java.sql.Timestamp;
import java.time.Instant;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.AccountVerified;
import org.caseworkportal.identity.Portal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Does what registration does when someone enters their emailed code: marks the account verified
 * and publishes {@link AccountVerified}, in one transaction.
 */
public record TestVerification(TransactionTemplate transaction, ApplicationEventPublisher events, JdbcClient jdbc) {

	public void verify(AccountId account, String email, Portal portal) {
		transaction.executeWithoutResult(status -> {
			markVerified(account);
			events.publishEvent(new AccountVerified(account, email, portal));
		});
	}

	/** Publishes the event in a transaction that then fails, as a verification that did not complete. */
	public void verifyButRollBack(AccountId account, String email) {
		transaction.executeWithoutResult(status -> {
			markVerified(account);
			events.publishEvent(new AccountVerified(account, email, Portal.PROFESSIONAL));
			status.setRollbackOnly();
		});
	}

	private void markVerified(AccountId account) {
		jdbc.sql("update account set verified_at = :now where id = :id")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", account.value())
			.update();
	}

}
