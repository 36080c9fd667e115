package org.caseworkportal.identity.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.caseworkportal.identity.EmailAddresses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes people wait after failed sign-ins (the seeds' "You will be unable to login for N
 * seconds"), so that passwords cannot be guessed at speed. Each attempt is counted against two
 * keys: the email address typed, and the client's IP address. The email is counted the same way
 * whether or not an account has it, so the waits never tell anyone which addresses have
 * accounts. Each further failure doubles the wait up to a ceiling; the wait always ends by
 * itself, and an administrator can end it sooner ({@link #unblock}). The counts live in the
 * database, so every portal node applies the same waits.
 * <p>
 * How sign-in uses it:
 * <ol>
 * <li>{@link #waitBefore}: if it is not zero, do not check the password at all; tell the person
 * how long to wait ({@link SignInWaitMessage}) and record nothing against the keys.</li>
 * <li>check the password; if it is wrong, or the email has no account, call {@link #failed}
 * (always both keys, however the check failed);</li>
 * <li>once the person is fully signed in, call {@link #succeeded}.</li>
 * </ol>
 * Client addresses come from {@code org.caseworkportal.identity.audit.ClientAddress}.
 */
@Component
public class SignInThrottle {

	private static final String ACCOUNT = "account:";

	private static final String ADDRESS = "address:";

	/** The most of a value a key keeps; nobody's email is longer, so only nonsense is shortened. */
	private static final int LONGEST_VALUE = 320;

	private final ThrottleRepository repository;

	private final SignInThrottleProperties settings;

	SignInThrottle(ThrottleRepository repository, SignInThrottleProperties settings) {
		this.repository = repository;
		this.settings = settings;
	}

	/**
	 * How long this email from this address must wait before its password may be checked:
	 * zero when it may be checked now, otherwise the longer of the email's and the address's
	 * waits.
	 */
	@Transactional(readOnly = true)
	public Duration waitBefore(String email, String clientAddress, Instant now) {
		return longer(remaining(repository.blockedUntil(accountKey(email)), now),
				remaining(repository.blockedUntil(addressKey(clientAddress)), now));
	}

	/**
	 * Counts a failed sign-in against the email and the address. Recorded in a transaction of its
	 * own, so the count stands even if the caller's transaction rolls back.
	 * @return the wait this failure imposes before the next attempt (zero while failures are free)
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Duration failed(String email, String clientAddress, Instant now) {
		// Always the account key first: two requests lock the same rows in the same order.
		Instant accountWaitEnds = countFailure(accountKey(email), settings.perAccount(), now);
		Instant addressWaitEnds = countFailure(addressKey(clientAddress), settings.perAddress(), now);
		return longer(remaining(Optional.of(accountWaitEnds), now), remaining(Optional.of(addressWaitEnds), now));
	}

	/**
	 * Forgets the email's failures after a successful sign-in. The address's failures stay:
	 * signing in to one account must not let an address go on guessing others. A wait in force
	 * at {@code now} is not lifted (the password should not have been checked during it).
	 */
	@Transactional
	public void succeeded(String email, Instant now) {
		repository.clearUnlessBlocked(accountKey(email), now);
	}

	/** Whether the email must wait at {@code now}, as administrators see an account's status. */
	@Transactional(readOnly = true)
	public boolean throttled(String email, Instant now) {
		return repository.blockedUntil(accountKey(email)).filter(until -> until.isAfter(now)).isPresent();
	}

	/** Ends the email's wait and forgets its failures: for an administrator who knows the person. */
	@Transactional
	public void unblock(String email) {
		repository.clear(accountKey(email));
	}

	private Instant countFailure(String key, SignInThrottleProperties.Curve curve, Instant now) {
		int failures = repository.countFailure(key, now, now.minus(settings.forgetAfter()));
		return repository.blockUntil(key, now.plus(curve.waitAfter(failures)));
	}

	static String accountKey(String email) {
		return ACCOUNT + shortened(EmailAddresses.normalise(email));
	}

	static String addressKey(String clientAddress) {
		return ADDRESS + shortened(clientAddress == null ? "" : clientAddress.strip());
	}

	private static String shortened(String value) {
		return value.length() <= LONGEST_VALUE ? value : value.substring(0, LONGEST_VALUE);
	}

	private static Duration remaining(Optional<Instant> blockedUntil, Instant now) {
		return blockedUntil.filter(until -> until.isAfter(now)).map(until -> Duration.between(now, until)).orElse(Duration.ZERO);
	}

	private static Duration longer(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

}
