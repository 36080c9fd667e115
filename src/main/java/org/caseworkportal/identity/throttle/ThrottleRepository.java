package org.caseworkportal.identity.throttle;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code sign_in_throttle} table. Counting a failure is one conditional update, so requests
 * on several nodes never lose each other's counts; a missing row is inserted under a savepoint,
 * so that when two requests race to insert it the loser (a duplicate key, which would abort a
 * whole PostgreSQL transaction) rolls back only the insert and counts on the winner's row.
 */
@Repository
class ThrottleRepository {

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	ThrottleRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	Optional<Instant> blockedUntil(String key) {
		return jdbc.sql("select blocked_until from sign_in_throttle where throttle_key = :key")
			.param("key", key)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * Counts one more failure on the key, starting again from one when the last failure is older
	 * than {@code forgetBefore}. The row stays locked until the caller's transaction ends.
	 * @return the failures now counted, this one included
	 */
	int countFailure(String key, Instant now, Instant forgetBefore) {
		if (incrementFailures(key, now, forgetBefore) == 0) {
			insertIfMissing(key, now);
			incrementFailures(key, now, forgetBefore);
		}
		return jdbc.sql("select failures from sign_in_throttle where throttle_key = :key")
			.param("key", key)
			.query(Integer.class)
			.single();
	}

	/**
	 * Makes the key wait until {@code until}, unless it already waits longer.
	 * @return when the key's wait now ends
	 */
	Instant blockUntil(String key, Instant until) {
		jdbc.sql("""
				update sign_in_throttle set blocked_until = :until
				where throttle_key = :key and blocked_until < :until""")
			.param("key", key)
			.param("until", timestamp(until))
			.update();
		return blockedUntil(key).orElseThrow();
	}

	/** Forgets the key's failures, unless it is waiting at {@code now}. */
	void clearUnlessBlocked(String key, Instant now) {
		jdbc.sql("delete from sign_in_throttle where throttle_key = :key and blocked_until <= :now")
			.param("key", key)
			.param("now", timestamp(now))
			.update();
	}

	void clear(String key) {
		jdbc.sql("delete from sign_in_throttle where throttle_key = :key").param("key", key).update();
	}

	/** Deletes keys whose last failure is before {@code forgetBefore} and that are not waiting. */
	int deleteForgotten(Instant forgetBefore, Instant now) {
		return jdbc.sql("delete from sign_in_throttle where last_failure_at < :forgetBefore and blocked_until <= :now")
			.param("forgetBefore", timestamp(forgetBefore))
			.param("now", timestamp(now))
			.update();
	}

	private int incrementFailures(String key, Instant now, Instant forgetBefore) {
		return jdbc.sql("""
				update sign_in_throttle
				set failures = case when last_failure_at < :forgetBefore then 1 else failures + 1 end,
				    last_failure_at = :now
				where throttle_key = :key""")
			.param("key", key)
			.param("now", timestamp(now))
			.param("forgetBefore", timestamp(forgetBefore))
			.update();
	}

	private void insertIfMissing(String key, Instant now) {
		try {
			savepoint.executeWithoutResult(status -> jdbc.sql("""
					insert into sign_in_throttle (throttle_key, failures, last_failure_at, blocked_until)
					values (:key, 0, :now, :now)""")
				.param("key", key)
				.param("now", timestamp(now))
				.update());
		}
		catch (DuplicateKeyException ex) {
			// Another request inserted it first; the caller counts on that row.
		}
	}

	/** In whole microseconds, as both databases keep it, so comparisons are exact. */
	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
	}

}
