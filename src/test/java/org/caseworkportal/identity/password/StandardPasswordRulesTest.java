package org.caseworkportal.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseworkportal.identity.password.PasswordRulesFixture.GOOD_PASSPHRASE;
import static org.caseworkportal.identity.password.PasswordRulesFixture.VALERIE;
import static org.caseworkportal.identity.password.PasswordRulesFixture.anAccountWithPassword;
import static org.caseworkportal.identity.password.PasswordRulesFixture.ownerOf;
import static org.caseworkportal.identity.password.PasswordRulesFixture.passphraseOf;
import static org.caseworkportal.identity.password.PasswordRulesFixture.rules;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** The default policy: long passwords, nothing guessable, nothing of the person's own. */
class StandardPasswordRulesTest {

	private final PasswordRules rules = rules(PasswordPolicy.STANDARD);

	@Test
	void listsItsRulesInPlainEnglish_withTheLongerMinimumForParents() {
		assertThat(rules.describe(Portal.PROFESSIONAL)).containsExactly("It must be at least 12 characters long",
				"It can be up to 72 characters long, and can include spaces and any other characters",
				"It must not be a common password or one that is easy to guess", "It must not contain your name",
				"It must not contain the part of your email address before the @");
		assertThat(rules.describe(Portal.STAFF)).isEqualTo(rules.describe(Portal.PROFESSIONAL));
		assertThat(rules.describe(Portal.PARENT)).first().isEqualTo("It must be at least 15 characters long");
	}

	@ParameterizedTest
	@EnumSource(Portal.class)
	void acceptsALongPassphraseInEveryPortal(Portal portal) {
		assertThat(rules.problems(portal, GOOD_PASSPHRASE, VALERIE)).isEmpty();
	}

	@Test
	void acceptsSpacesAccentsAndSymbolsWithNoCompositionRules() {
		assertThat(rules.problems(Portal.PARENT, "crème brûlée über alles 🎻", VALERIE)).isEmpty();
	}

	@Test
	void refusesAProfessionalPasswordShorterThan12Characters() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "violin kite", VALERIE))
			.containsExactly("Password must be at least 12 characters");
		assertThat(rules.problems(Portal.PROFESSIONAL, "walnut lagoon", VALERIE)).isEmpty();
	}

	@Test
	void refusesAParentPasswordShorterThan15Characters() {
		assertThat(rules.problems(Portal.PARENT, "walnut lagoon", VALERIE))
			.containsExactly("Password must be at least 15 characters");
	}

	@Test
	void refusesACommonPasswordHoweverLong() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "password123456", VALERIE))
			.containsExactly("Password is too easy to guess. Avoid common words, names and dates");
		assertThat(rules.problems(Portal.PARENT, "qwertyuiop12345", VALERIE))
			.containsExactly("Password is too easy to guess. Avoid common words, names and dates");
	}

	@Test
	void refusesAPasswordContainingThePersonsForenameOrSurnameInAnyCase() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "harbour valerie tulip", VALERIE))
			.containsExactly("Password must not contain your name");
		assertThat(rules.problems(Portal.PROFESSIONAL, "SCHOFIELD harbour tulip", VALERIE))
			.containsExactly("Password must not contain your name");
	}

	@Test
	void ignoresNamesShorterThanThreeLetters() {
		var al = new PasswordOwner(null, "Al", "Ng", "al.ng@demo-borough.example");

		assertThat(rules.problems(Portal.PROFESSIONAL, "always violin harbour", al)).isEmpty();
	}

	@Test
	void refusesAPasswordContainingTheEmailAddressBeforeTheAt() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "my Kettle.Drum is lovely", VALERIE))
			.containsExactly("Password must not contain the part of your email address before the @");
	}

	@Test
	void namesEveryRuleAPasswordBreaks() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "Valerie1", VALERIE)).containsExactly(
				"Password must be at least 12 characters",
				"Password is too easy to guess. Avoid common words, names and dates",
				"Password must not contain your name");
	}

	@Test
	void asksForAPasswordWhenNoneIsGiven() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "", VALERIE)).containsExactly("Enter a password");
	}

	@Test
	void refusesMoreThanTheBcryptEncoderCanHash() {
		assertThat(rules.problems(Portal.PROFESSIONAL, passphraseOf(72), VALERIE)).isEmpty();
		assertThat(rules.problems(Portal.PROFESSIONAL, passphraseOf(73), VALERIE))
			.containsExactly("Password must be 72 characters or fewer");
	}

	@Test
	void refusesAShorterPasswordThatTakesMoreThanTheEncodersBytes() {
		String emoji = "🎻🥁🎺🎷🪕🎸🎹🪗🪘🎻🥁🎺🎷🪕🎸🎹🪗🪘🎻"; // 19 characters, 76 bytes

		assertThat(rules.problems(Portal.PROFESSIONAL, emoji, VALERIE)).containsExactly(
				"Password is too long. Accented letters, symbols and emoji take up more room than other characters");
	}

	@Test
	void allows128CharactersWithAnEncoderThatHashesThemAll() {
		var rules = rules(PasswordPolicy.STANDARD, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());

		assertThat(rules.describe(Portal.PROFESSIONAL)).contains(
				"It can be up to 128 characters long, and can include spaces and any other characters");
		assertThat(rules.problems(Portal.PROFESSIONAL, passphraseOf(128), VALERIE)).isEmpty();
		assertThat(rules.problems(Portal.PROFESSIONAL, passphraseOf(129), VALERIE))
			.containsExactly("Password must be 128 characters or fewer");
	}

	@Test
	void neverLooksAtPasswordHistory() {
		AccountId account = anAccountWithPassword(GOOD_PASSPHRASE);

		assertThat(rules.problems(Portal.PARENT, GOOD_PASSPHRASE, ownerOf(account))).isEmpty();
	}

}
