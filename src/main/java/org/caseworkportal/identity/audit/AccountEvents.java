package org.caseworkportal.identity.audit;

import java.time.Clock;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.EmailAddresses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account audit log (ASVS V7): registrations, sign-ins and their failures, waits, resets,
 * sign-outs and administrators' changes, with who, when, from where and what came of it.
 * Administrators search it at {@code /admin/account-events}. Never record a password or a code.
 */
@Service
public class AccountEvents {

	private final AccountEventRepository repository;

	private final Clock clock;

	AccountEvents(AccountEventRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Records an event now, in a transaction of its own: a failed sign-in stays recorded even
	 * when the request that met it rolls back.
	 *
	 * @param email the email address typed or the account's, whether or not an account has it
	 * @param accountOrNull the account, when there is one
	 * @param clientAddress where the request came from ({@link ClientAddress#of})
	 * @param outcome what came of it, in a few words an administrator understands ("Wrong
	 * password or no such account", "Waiting 20 seconds")
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AccountEventType type, String email, AccountId accountOrNull, String clientAddress,
			String outcome) {
		repository.insert(clock.instant(), type, EmailAddresses.normalise(email),
				accountOrNull == null ? null : accountOrNull.value(), clientAddress, outcome);
	}

}
