package org.caseworkportal.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile on anything but PostgreSQL, or together with the
 * demo profile, before any connection is made: production data must never land in an
 * embedded file database, nor meet the demo's fictional accounts.
 */
class ProductionProfileCheck implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			throw new IllegalStateException("The prod profile cannot run together with the demo profile");
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException(
					"The prod profile needs PostgreSQL: set DATABASE_URL to a jdbc:postgresql: URL, not " + scheme(url));
		}
	}

	/** Only the kind of database, since a JDBC URL can carry a password. */
	private static String scheme(String url) {
		String[] parts = url.split(":", 3);
		return parts.length < 2 ? "'" + url + "'" : "'" + parts[0] + ":" + parts[1] + "'";
	}

}
