package org.caseworkportal.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseworkportal.identity.password.PasswordRulesFixture.VALERIE;
import static org.caseworkportal.identity.password.PasswordRulesFixture.rules;

import org.caseworkportal.identity.Portal;
import org.junit.jupiter.api.Test;

/** The seed-compatible policy in the professional portal (seeds 000 and 002), which staff share. */
class SeedCompatibleProfessionalPasswordRulesTest {

	private final PasswordRules rules = rules(PasswordPolicy.SEED_COMPATIBLE);

	@Test
	void listsTheSeedsPasswordPolicy() {
		assertThat(rules.describe(Portal.PROFESSIONAL)).containsExactly("It must be at least 8 characters long",
				"It must be no more than 72 characters long", "It must contain at least one letter",
				"It must contain only letters, digits, and the following special characters: !@#$%&*",
				"It must start with a letter", "It must contain at least one upper-case letter",
				"It must contain at least one numerical digit");
		assertThat(rules.describe(Portal.STAFF)).isEqualTo(rules.describe(Portal.PROFESSIONAL));
	}

	@Test
	void acceptsWhatTheSeedsAccept_commonOrNot() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "Password1", VALERIE)).isEmpty();
		assertThat(rules.problems(Portal.STAFF, "Valerie#2026", VALERIE)).isEmpty();
	}

	@Test
	void refusesAPasswordShorterThan8Characters() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "Abcde1", VALERIE))
			.containsExactly("Password must be at least 8 characters");
	}

	@Test
	void refusesAPasswordWithoutAnUpperCaseLetter() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "password1", VALERIE))
			.containsExactly("Password must contain at least one upper-case letter");
	}

	@Test
	void refusesAPasswordWithoutADigit() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "Password", VALERIE))
			.containsExactly("Password must contain at least one numerical digit (0 to 9)");
	}

	@Test
	void refusesAPasswordNotStartingWithALetter() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "1Password", VALERIE))
			.containsExactly("Password must start with a letter");
	}

	@Test
	void refusesSpacesAndSpecialCharactersOutsideTheSeedsList() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "Pass word1", VALERIE))
			.containsExactly("Password must contain only letters, digits and these special characters: !@#$%&*");
		assertThat(rules.problems(Portal.PROFESSIONAL, "Password1?", VALERIE))
			.containsExactly("Password must contain only letters, digits and these special characters: !@#$%&*");
	}

	@Test
	void namesEveryRuleAPasswordBreaks() {
		assertThat(rules.problems(Portal.PROFESSIONAL, "1234 56", VALERIE)).containsExactly(
				"Password must be at least 8 characters", "Password must contain at least one letter",
				"Password must contain only letters, digits and these special characters: !@#$%&*",
				"Password must start with a letter", "Password must contain at least one upper-case letter");
	}

}
