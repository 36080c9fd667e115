package org.caseworkportal.identity.password;

import java.util.List;

/** Rules on a password's length, which both policies have. Lengths count characters as people do. */
final class LengthRules {

	private LengthRules() {
	}

	static PasswordRule atLeast(int characters) {
		return new PasswordRule("It must be at least " + characters + " characters long",
				"Password must be at least " + characters + " characters",
				(password, owner) -> characters(password) >= characters);
	}

	/**
	 * The maximum in characters, listed with the description given, and the encoder's limit in
	 * bytes, not listed: within the characters allowed, only a password of many accented letters,
	 * symbols or emoji can break it.
	 */
	static List<PasswordRule> atMost(MaximumLength maximum, String description) {
		return List.of(
				new PasswordRule(description, "Password must be " + maximum.characters() + " characters or fewer",
						(password, owner) -> maximum.allowsCharacters(password)),
				new PasswordRule("",
						"Password is too long. Accented letters, symbols and emoji take up more room than other characters",
						(password, owner) -> !maximum.allowsCharacters(password) || maximum.allowsBytes(password)));
	}

	static int characters(String password) {
		return password.codePointCount(0, password.length());
	}

}
