package org.caseworkportal.identity.password;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.caseworkportal.identity.EmailAddresses;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret question shown for an address that has no account, or whose account has no
 * question, so that the forgotten-password pages look the same for every address. An address
 * always gets the same question, or asking twice would tell it apart from a real one. The
 * question is picked by a keyed hash (HMAC-SHA256) of the address, with a random key that the
 * installation makes on first use and keeps in the database: every node picks the same, a
 * restart changes nothing, and nobody without the key can work out which question an address
 * with no account would get.
 */
@Component
class DecoyQuestions {

	private static final String KEY_NAME = "decoy-secret-question";

	private static final String ALGORITHM = "HmacSHA256";

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final SecureRandom random = new SecureRandom();

	private volatile SecretKeySpec key;

	DecoyQuestions(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	SecretQuestion questionFor(String email) {
		byte[] hash;
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key());
			hash = mac.doFinal(EmailAddresses.normalise(email).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java has " + ALGORITHM, ex);
		}
		SecretQuestion[] questions = SecretQuestion.values();
		return questions[Math.floorMod(ByteBuffer.wrap(hash).getInt(), questions.length)];
	}

	private SecretKeySpec key() {
		if (key == null) {
			key = new SecretKeySpec(Base64.getDecoder().decode(storedOrNewKey()), ALGORITHM);
		}
		return key;
	}

	private String storedOrNewKey() {
		return storedKey().orElseGet(() -> {
			byte[] secret = new byte[32];
			random.nextBytes(secret);
			try {
				// Committed at once, and on its own: a duplicate key would abort a PostgreSQL transaction.
				ownTransaction.executeWithoutResult(status -> jdbc
					.sql("insert into installation_secret (name, secret) values (:name, :secret)")
					.param("name", KEY_NAME)
					.param("secret", Base64.getEncoder().encodeToString(secret))
					.update());
			}
			catch (DuplicateKeyException anotherNodeWasFirst) {
				// Its key is the one every node uses.
			}
			return storedKey().orElseThrow();
		});
	}

	private Optional<String> storedKey() {
		return jdbc.sql("select secret from installation_secret where name = :name")
			.param("name", KEY_NAME)
			.query(String.class)
			.optional();
	}

}
