package org.caseworkportal.identity.password;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The longest password the portal accepts: the configured maximum, lowered to what the password
 * encoder can hash. BCrypt, the default of Spring Security's delegating encoder, reads only the
 * first 72 bytes of a password and since Spring Security 6.5 refuses longer ones. The encoder is
 * asked rather than assumed to be BCrypt, so that changing it lifts the limit.
 *
 * @param characters the most characters a password may have
 * @param bytes the most bytes a password may take in UTF-8, where accented letters, symbols and
 * emoji take two to four
 */
record MaximumLength(int characters, int bytes) {

	private static final int BCRYPT_BYTES = 72;

	static MaximumLength of(int configuredCharacters, PasswordEncoder encoder) {
		if (refuses(encoder, "a".repeat(BCRYPT_BYTES + 1))) {
			return new MaximumLength(Math.min(configuredCharacters, BCRYPT_BYTES), BCRYPT_BYTES);
		}
		return new MaximumLength(configuredCharacters, Integer.MAX_VALUE);
	}

	private static boolean refuses(PasswordEncoder encoder, String password) {
		try {
			encoder.encode(password);
			return false;
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	/** Whether a password is short enough to be checked further, and hashed. */
	boolean allows(String password) {
		return allowsCharacters(password) && allowsBytes(password);
	}

	boolean allowsCharacters(String password) {
		return LengthRules.characters(password) <= characters;
	}

	boolean allowsBytes(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= bytes;
	}

}
