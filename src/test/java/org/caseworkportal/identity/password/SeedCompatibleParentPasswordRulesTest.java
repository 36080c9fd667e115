package org.caseworkportal.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseworkportal.identity.password.PasswordRulesFixture.ENCODER;
import static org.caseworkportal.identity.password.PasswordRulesFixture.HISTORY;
import static org.caseworkportal.identity.password.PasswordRulesFixture.JDBC;
import static org.caseworkportal.identity.password.PasswordRulesFixture.VALERIE;
import static org.caseworkportal.identity.password.PasswordRulesFixture.anAccountWithPassword;
import static org.caseworkportal.identity.password.PasswordRulesFixture.ownerOf;
import static org.caseworkportal.identity.password.PasswordRulesFixture.rules;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Portal;
import org.junit.jupiter.api.Test;

/** The seed-compatible policy in the parent portal (seed 004), with its password history. */
class SeedCompatibleParentPasswordRulesTest {

	private final PasswordRules rules = rules(PasswordPolicy.SEED_COMPATIBLE);

	@Test
	void listsTheParentPortalsPasswordPolicy() {
		assertThat(rules.describe(Portal.PARENT)).containsExactly("It must be at least 15 characters long",
				"It must be no more than 72 characters long", "It must contain at least one letter",
				"It must contain only letters, digits and special characters, with no spaces",
				"It must contain at least one upper-case letter", "It must contain at least one numerical digit",
				"It must be different from your current password",
				"It must be different from your previous 8 passwords");
	}

	@Test
	void acceptsALongPasswordWithAnUpperCaseLetterAndADigit() {
		assertThat(rules.problems(Portal.PARENT, "Kettle£Drum€Photon9", VALERIE)).isEmpty();
	}

	@Test
	void namesEveryCompositionRuleAPasswordBreaks() {
		assertThat(rules.problems(Portal.PARENT, "short pass", VALERIE)).containsExactly(
				"Password must be at least 15 characters",
				"Password must contain only letters, digits and special characters, with no spaces",
				"Password must contain at least one upper-case letter",
				"Password must contain at least one numerical digit (0 to 9)");
	}

	@Test
	void refusesTheCurrentPassword() {
		AccountId account = anAccountWithPassword("CurrentPassword2026");

		assertThat(rules.problems(Portal.PARENT, "CurrentPassword2026", ownerOf(account)))
			.containsExactly("Password must be different from your current password");
		assertThat(rules.problems(Portal.PARENT, "DifferentPassword2026", ownerOf(account))).isEmpty();
	}

	@Test
	void refusesAnyOfTheLast8PasswordsButNotAnOlderOne() {
		AccountId account = anAccountWithPassword("CurrentPassword2026");
		Instant changed = Instant.parse("2026-01-01T09:00:00Z");
		for (int n = 1; n <= 9; n++) {
			HISTORY.remember(account, ENCODER.encode("OldPassword" + n + "Abc12"), changed.plus(n, ChronoUnit.DAYS));
		}

		assertThat(rules.problems(Portal.PARENT, "OldPassword9Abc12", ownerOf(account)))
			.containsExactly("Password must be different from your last 8 passwords");
		assertThat(rules.problems(Portal.PARENT, "OldPassword2Abc12", ownerOf(account)))
			.containsExactly("Password must be different from your last 8 passwords");
		assertThat(rules.problems(Portal.PARENT, "OldPassword1Abc12", ownerOf(account))).isEmpty();
		assertThat(JDBC.sql("select count(*) from password_history where account_id = :id")
			.param("id", account.value())
			.query(Long.class)
			.single()).isEqualTo(PasswordHistory.KEPT);
	}

	@Test
	void hasNoHistoryToCheckForSomeoneRegistering() {
		assertThat(rules.problems(Portal.PARENT, "CurrentPassword2026", VALERIE)).isEmpty();
	}

	@Test
	void professionalsHaveNoPasswordHistoryRule() {
		AccountId account = anAccountWithPassword("CurrentPassword2026");

		assertThat(rules.problems(Portal.PROFESSIONAL, "CurrentPassword2026", ownerOf(account))).isEmpty();
	}

}
