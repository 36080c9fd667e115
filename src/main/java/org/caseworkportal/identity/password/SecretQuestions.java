package org.caseworkportal.identity.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The seeds' secret question (seed 001, "Resetting / Forgotten Passwords"): chosen and answered
 * at registration, asked before a password reset link is emailed. Only under the seed-compatible
 * policy ({@link #asked()}): the NCSC and OWASP advise against knowledge-based questions, whose
 * answers are often public or easily guessed, so the standard policy never asks one.
 * <p>
 * Answers are compared as people remember them, whatever their capitals and spaces, and are
 * kept only as a hash made by the portal's password encoder.
 */
@Component
public class SecretQuestions {

	/** The fewest characters an answer may have once its spaces are tidied. */
	public static final int SHORTEST_ANSWER = 3;

	/** The most characters an answer may have once its spaces are tidied. */
	public static final int LONGEST_ANSWER = 100;

	private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private final boolean asked;

	private final PasswordEncoder encoder;

	private final DecoyQuestions decoys;

	/** Checked when there is no answer to check, so that a reply takes as long either way. */
	private final String decoyHash;

	SecretQuestions(PasswordProperties properties, PasswordEncoder encoder, DecoyQuestions decoys) {
		this.asked = properties.policy() == PasswordPolicy.SEED_COMPATIBLE;
		this.encoder = encoder;
		this.decoys = decoys;
		this.decoyHash = encoder.encode(UUID.randomUUID().toString());
	}

	/** Whether registration and the forgotten-password pages ask a secret question. */
	public boolean asked() {
		return asked;
	}

	public List<SecretQuestion> choices() {
		return List.of(SecretQuestion.values());
	}

	/** The question with the hash of its answer, for the account to keep. */
	public SecretAnswer protect(SecretQuestion question, String answer) {
		return new SecretAnswer(question, encoder.encode(digest(answer)));
	}

	/**
	 * The question to ask whoever types this email address: the account's own, or for an address
	 * without one, the same question every time, so that the page does not tell them apart.
	 */
	public SecretQuestion questionFor(String email, Optional<SecretAnswer> stored) {
		return stored.map(SecretAnswer::question).orElseGet(() -> decoys.questionFor(email));
	}

	/** Whether the typed answer is the stored one; false, after as much work, when none is stored. */
	public boolean answers(Optional<SecretAnswer> stored, String typed) {
		boolean matches = encoder.matches(digest(typed), stored.map(SecretAnswer::answerHash).orElse(decoyHash));
		return stored.isPresent() && matches;
	}

	/** The answer as it is compared: trimmed, in lower case, with single spaces between words. */
	public static String normalise(String answer) {
		return SPACES.matcher(answer.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	/**
	 * What the encoder hashes: a digest of the normalised answer, because BCrypt takes no more
	 * than 72 bytes and an answer of 100 characters can be longer.
	 */
	private static String digest(String answer) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256")
					.digest(normalise(answer).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
