package org.caseworkportal.identity.password;

import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.identity.Portal;
import org.passay.UnicodeString;
import org.passay.data.EnglishCharacterData;
import org.passay.rule.AllowedCharacterRule;
import org.passay.rule.AllowedRegexRule;
import org.passay.rule.CharacterRule;

/**
 * The seeds' rules, for an authority that must match its old system. Professionals (and staff)
 * keep to the professional portal's "Password Policy" box (seeds 000 and 002); parents to the
 * parent portal guide's "Password Policy" (seed 004), which adds password history. ASVS and the
 * NCSC advise against composition rules and history; README.md says why this is not the default.
 */
final class SeedCompatiblePolicy {

	private static final String PROFESSIONAL_SPECIAL_CHARACTERS = "!@#$%&*";

	private static final String LETTERS = EnglishCharacterData.Alphabetical.getCharacters();

	private static final String DIGITS = EnglishCharacterData.Digit.getCharacters();

	private static final int PROFESSIONAL_MINIMUM = 8;

	private static final int PARENT_MINIMUM = 15;

	private final MaximumLength maximumLength;

	private final PasswordHistory history;

	SeedCompatiblePolicy(MaximumLength maximumLength, PasswordHistory history) {
		this.maximumLength = maximumLength;
		this.history = history;
	}

	List<PasswordRule> rulesFor(Portal portal) {
		return portal == Portal.PARENT ? parentRules() : professionalRules();
	}

	private List<PasswordRule> professionalRules() {
		List<PasswordRule> rules = new ArrayList<>();
		rules.add(LengthRules.atLeast(PROFESSIONAL_MINIMUM));
		rules.addAll(maximum());
		rules.add(atLeastOneLetter());
		rules.add(PasswordRule.passay(
				"It must contain only letters, digits, and the following special characters: "
						+ PROFESSIONAL_SPECIAL_CHARACTERS,
				"Password must contain only letters, digits and these special characters: "
						+ PROFESSIONAL_SPECIAL_CHARACTERS,
				new AllowedCharacterRule(new UnicodeString(LETTERS + DIGITS + PROFESSIONAL_SPECIAL_CHARACTERS))));
		rules.add(PasswordRule.passay("It must start with a letter", "Password must start with a letter",
				new AllowedRegexRule("^[A-Za-z]")));
		rules.add(atLeastOneUpperCaseLetter());
		rules.add(atLeastOneDigit());
		return List.copyOf(rules);
	}

	private List<PasswordRule> parentRules() {
		List<PasswordRule> rules = new ArrayList<>();
		rules.add(LengthRules.atLeast(PARENT_MINIMUM));
		rules.addAll(maximum());
		rules.add(atLeastOneLetter());
		rules.add(PasswordRule.passay("It must contain only letters, digits and special characters, with no spaces",
				"Password must contain only letters, digits and special characters, with no spaces",
				new AllowedCharacterRule(
						new UnicodeString(LETTERS + DIGITS + EnglishCharacterData.Special.getCharacters()))));
		rules.add(atLeastOneUpperCaseLetter());
		rules.add(atLeastOneDigit());
		rules.add(new PasswordRule("It must be different from your current password",
				"Password must be different from your current password",
				(password, owner) -> owner == null || owner.account() == null
						|| !history.isCurrent(owner.account(), password)));
		rules.add(new PasswordRule("It must be different from your previous " + PasswordHistory.KEPT + " passwords",
				"Password must be different from your last " + PasswordHistory.KEPT + " passwords",
				(password, owner) -> owner == null || owner.account() == null
						|| !history.isOneOfPrevious(owner.account(), password)));
		return List.copyOf(rules);
	}

	private List<PasswordRule> maximum() {
		return LengthRules.atMost(maximumLength,
				"It must be no more than " + maximumLength.characters() + " characters long");
	}

	private static PasswordRule atLeastOneLetter() {
		return PasswordRule.passay("It must contain at least one letter", "Password must contain at least one letter",
				new CharacterRule(EnglishCharacterData.Alphabetical, 1));
	}

	private static PasswordRule atLeastOneUpperCaseLetter() {
		return PasswordRule.passay("It must contain at least one upper-case letter",
				"Password must contain at least one upper-case letter",
				new CharacterRule(EnglishCharacterData.UpperCase, 1));
	}

	private static PasswordRule atLeastOneDigit() {
		return PasswordRule.passay("It must contain at least one numerical digit",
				"Password must contain at least one numerical digit (0 to 9)",
				new CharacterRule(EnglishCharacterData.Digit, 1));
	}

}
