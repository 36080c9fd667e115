package org.caseworkportal.identity.password;

import java.util.function.BiPredicate;

import org.passay.PasswordData;
import org.passay.rule.Rule;

/**
 * One rule of a password policy, in the words shown beside the password fields and in the error
 * summary when a password breaks it.
 *
 * @param description the rule as the policy lists it ("It must be at least 12 characters long");
 * empty for a rule too rare to list
 * @param problem what the error summary says when a password breaks it
 * @param isMetBy whether a password, for its owner, keeps to the rule
 */
record PasswordRule(String description, String problem, BiPredicate<String, PasswordOwner> isMetBy) {

	boolean isBrokenBy(String password, PasswordOwner owner) {
		return !isMetBy.test(password, owner);
	}

	boolean isListed() {
		return !description.isEmpty();
	}

	/** A rule checked by one of Passay's rules. */
	static PasswordRule passay(String description, String problem, Rule rule) {
		return new PasswordRule(description, problem,
				(password, owner) -> rule.validate(new PasswordData(password)).isValid());
	}

}
