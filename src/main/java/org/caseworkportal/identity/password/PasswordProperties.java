package org.caseworkportal.identity.password;

import org.caseworkportal.identity.Portal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passwords are judged ({@code portal.passwords.*}).
 *
 * @param policy {@code standard} (the default) or {@code seed-compatible}
 * @param maximumLength the longest password accepted, in characters, under either policy; ASVS asks
 * that at least 64 are allowed and no more than 128. The password encoder may lower it (see
 * {@link PasswordRules})
 * @param standard what the standard policy asks of each portal
 */
@ConfigurationProperties("portal.passwords")
record PasswordProperties(@DefaultValue("standard") PasswordPolicy policy, @DefaultValue("128") int maximumLength,
		@DefaultValue Standard standard) {

	/** @param minimumLength the shortest password accepted in each portal */
	record Standard(@DefaultValue MinimumLength minimumLength) {

	}

	record MinimumLength(@DefaultValue("12") int staff, @DefaultValue("12") int professional,
			@DefaultValue("15") int parent) {

		int of(Portal portal) {
			return switch (portal) {
				case STAFF -> staff;
				case PROFESSIONAL -> professional;
				case PARENT -> parent;
			};
		}

	}

}
