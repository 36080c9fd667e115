package org.caseworkportal.identity.password;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.caseworkportal.identity.Portal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password rules of each portal under the configured policy ({@code portal.passwords.policy}):
 * listed beside every password field, and checked, naming each rule a password breaks, wherever a
 * password is chosen (registration, reset, change).
 */
@Component
public class PasswordRules {

	private final Map<Portal, List<PasswordRule>> rules = new EnumMap<>(Portal.class);

	PasswordRules(PasswordProperties properties, PasswordHistory history, PasswordEncoder encoder) {
		var maximumLength = MaximumLength.of(properties.maximumLength(), encoder);
		Function<Portal, List<PasswordRule>> policy = switch (properties.policy()) {
			case STANDARD -> new StandardPolicy(properties.standard().minimumLength(), maximumLength)::rulesFor;
			case SEED_COMPATIBLE -> new SeedCompatiblePolicy(maximumLength, history)::rulesFor;
		};
		for (Portal portal : Portal.values()) {
			rules.put(portal, policy.apply(portal));
		}
	}

	/**
	 * The rules a password for this portal must keep to, in plain English ("It must be at least 12
	 * characters long"), to list beside the password fields.
	 */
	public List<String> describe(Portal portal) {
		return rules.get(portal).stream().filter(PasswordRule::isListed).map(PasswordRule::description).toList();
	}

	/**
	 * What is wrong with a password, one GOV.UK error message per rule it breaks ("Password must be
	 * at least 12 characters"); empty when it is acceptable.
	 *
	 * @param owner who the password is for; its account is null while they are registering
	 */
	public List<String> problems(Portal portal, String password, PasswordOwner owner) {
		if (password == null || password.isEmpty()) {
			return List.of("Enter a password");
		}
		return rules.get(portal)
			.stream()
			.filter(rule -> rule.isBrokenBy(password, owner))
			.map(PasswordRule::problem)
			.toList();
	}

}
