package org.caseworkportal.identity.password;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.caseworkportal.identity.AccountId;

/**
 * The person a password is for: the standard policy refuses a password containing their name or
 * email address, and the seed-compatible parent policy one they have used before.
 *
 * @param account their account, or null while they are registering and have none yet
 */
public record PasswordOwner(AccountId account, String forename, String surname, String email) {

	/** Shorter words are too likely to turn up by chance ("Al", "Ng"). */
	private static final int SHORTEST_WORD_CHECKED = 3;

	/**
	 * The words of their forename and surname worth looking for, lower-cased: "Mary-Jane O'Neill"
	 * gives mary, jane and neill.
	 */
	List<String> nameWords() {
		return Stream.of(forename, surname)
			.filter(name -> name != null)
			.flatMap(name -> Arrays.stream(lowerCase(name).split("[^\\p{L}]+")))
			.filter(word -> word.length() >= SHORTEST_WORD_CHECKED)
			.distinct()
			.toList();
	}

	/** The part of their email address before the @, lower-cased, when it is worth looking for. */
	Optional<String> emailLocalPart() {
		if (email == null || email.indexOf('@') < 0) {
			return Optional.empty();
		}
		String localPart = lowerCase(email.substring(0, email.lastIndexOf('@')).strip());
		return localPart.length() >= SHORTEST_WORD_CHECKED ? Optional.of(localPart) : Optional.empty();
	}

	static String lowerCase(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
