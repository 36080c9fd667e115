package org.caseworkportal.identity.password;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.caseworkportal.identity.AccountId;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password rules as the portal builds them, on the portal's own tables in an embedded database
 * of their own and with the portal's password encoder, so that history is checked against real
 * hashes without starting the application.
 */
final class PasswordRulesFixture {

	static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	/** A professional registering: no account yet. */
	static final PasswordOwner VALERIE = new PasswordOwner(null, "Valerie", "Schofield",
			"kettle.drum@demo-borough.example");

	static final String GOOD_PASSPHRASE = "tulip violin harbour seventy";

	static final JdbcClient JDBC = JdbcClient.create(migratedDatabase());

	static final PasswordHistory HISTORY = new PasswordHistory(JDBC, new PasswordAccounts(JDBC), ENCODER);

	private PasswordRulesFixture() {
	}

	static PasswordRules rules(PasswordPolicy policy) {
		return rules(policy, ENCODER);
	}

	static PasswordRules rules(PasswordPolicy policy, PasswordEncoder encoder) {
		var properties = new PasswordProperties(policy, 128,
				new PasswordProperties.Standard(new PasswordProperties.MinimumLength(12, 12, 15)));
		return new PasswordRules(properties, HISTORY, encoder);
	}

	/** Unrelated words, cut to the length given. */
	static String passphraseOf(int characters) {
		return (GOOD_PASSPHRASE + " lantern walnut ").repeat(10).substring(0, characters);
	}

	static AccountId anAccountWithPassword(String password) {
		var keys = new GeneratedKeyHolder();
		JDBC.sql("""
				insert into account (email, password_hash, forename, surname, created_at)
				values (:email, :hash, 'Pat', 'Parentson', :now)""")
			.param("email", UUID.randomUUID() + "@demo-family.example")
			.param("hash", ENCODER.encode(password))
			.param("now", Timestamp.from(Instant.now()))
			.update(keys, "id");
		return new AccountId(keys.getKey().longValue());
	}

	static PasswordOwner ownerOf(AccountId account) {
		return new PasswordAccounts(JDBC).find(account).orElseThrow().owner();
	}

	private static DataSource migratedDatabase() {
		DataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:password-rules-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure().dataSource(dataSource).load().migrate();
		return dataSource;
	}

}
