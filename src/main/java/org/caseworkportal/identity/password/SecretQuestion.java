package org.caseworkportal.identity.password;

import java.util.Arrays;
import java.util.Optional;

/**
 * The questions someone may choose at registration under the seed-compatible policy (seed 001,
 * "Resetting / Forgotten Passwords"). Accounts keep the constant's name, so a question's wording
 * can be improved without losing the answers given to it.
 */
public enum SecretQuestion {

	FIRST_SCHOOL("What was the name of your first school?"),
	MOTHERS_MAIDEN_NAME("What is your mother's maiden name?"),
	FIRST_PET("What was the name of your first pet?"),
	BIRTH_TOWN("In which town were you born?");

	private final String text;

	SecretQuestion(String text) {
		this.text = text;
	}

	public String text() {
		return text;
	}

	/** The question of that name, as a form or the database gives it; empty for anything else. */
	public static Optional<SecretQuestion> named(String name) {
		return Arrays.stream(values()).filter(question -> question.name().equals(name)).findFirst();
	}

}
