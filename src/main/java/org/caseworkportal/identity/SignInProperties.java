package org.caseworkportal.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * How people sign in.
 *
 * @param staffCodes whether staff, like everyone else, get an emailed code at every sign-in; only
 * the demo may switch this off
 */
@ConfigurationProperties("portal.sign-in")
record SignInProperties(boolean staffCodes) {

	/** Stops startup when staff codes are switched off anywhere but the demo. */
	void requireAllowedIn(Environment environment) {
		if (!staffCodes && !environment.acceptsProfiles(Profiles.of("demo"))) {
			throw new IllegalStateException(
					"portal.sign-in.staff-codes=false is allowed only in the demo profile: staff get emailed codes");
		}
	}

}
