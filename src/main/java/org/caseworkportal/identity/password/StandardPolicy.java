package org.caseworkportal.identity.password;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.caseworkportal.identity.Portal;

/**
 * The default policy, after OWASP ASVS Level 2 (V2.1) and the NCSC's password guidance: long
 * passwords of any characters, spaces included, refused only when they are easy to guess or
 * contain the person's name or email address. No composition rules, no history, no expiry.
 */
final class StandardPolicy {

	/**
	 * zxcvbn scores a password from 0 to 4 by how many guesses it would take: 3 is "safely
	 * unguessable" (about 10⁸ guesses) against an attacker who has the hashes; below that are the
	 * common passwords, keyboard patterns, repeated words and dates of its dictionaries.
	 */
	private static final int SAFELY_UNGUESSABLE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	private final PasswordProperties.MinimumLength minimumLength;

	private final MaximumLength maximumLength;

	StandardPolicy(PasswordProperties.MinimumLength minimumLength, MaximumLength maximumLength) {
		this.minimumLength = minimumLength;
		this.maximumLength = maximumLength;
	}

	List<PasswordRule> rulesFor(Portal portal) {
		List<PasswordRule> rules = new ArrayList<>();
		rules.add(LengthRules.atLeast(minimumLength.of(portal)));
		rules.addAll(LengthRules.atMost(maximumLength, "It can be up to " + maximumLength.characters()
				+ " characters long, and can include spaces and any other characters"));
		rules.add(new PasswordRule("It must not be a common password or one that is easy to guess",
				"Password is too easy to guess. Avoid common words, names and dates", this::isHardToGuess));
		rules.add(new PasswordRule("It must not contain your name", "Password must not contain your name",
				(password, owner) -> owner == null || owner.nameWords().stream().noneMatch(lowerCase(password)::contains)));
		rules.add(new PasswordRule("It must not contain the part of your email address before the @",
				"Password must not contain the part of your email address before the @",
				(password, owner) -> owner == null
						|| owner.emailLocalPart().filter(lowerCase(password)::contains).isEmpty()));
		return List.copyOf(rules);
	}

	/**
	 * Judged against zxcvbn's dictionaries and the person's own details. A password too long to
	 * accept is not measured: the length rule names it, and measuring a very long input is slow.
	 */
	private boolean isHardToGuess(String password, PasswordOwner owner) {
		if (!maximumLength.allows(password)) {
			return true;
		}
		return zxcvbn.measure(password, personalWords(owner)).getScore() >= SAFELY_UNGUESSABLE;
	}

	private static List<String> personalWords(PasswordOwner owner) {
		if (owner == null) {
			return List.of();
		}
		return Stream.concat(owner.nameWords().stream(), owner.emailLocalPart().stream()).toList();
	}

	private static String lowerCase(String password) {
		return PasswordOwner.lowerCase(password);
	}

}
