package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.caseworkportal.PortalVisitor.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seeds' parent password rules, through the parent's own "Change your password" page: at
 * least 15 characters with an upper-case letter and a digit, and not the current password or
 * one of the previous 8.
 */
class SeedCompatibleParentPasswordIntegrationTest extends SeedCompatiblePortalTest {

	private static final String PAGE = "/account/password";

	@Autowired
	Accounts accounts;

	@Test
	void parentCannotGoBackToAPreviousPassword() {
		String email = "seed-parent-" + System.nanoTime() + "@family.example";
		String first = "Harbourlight2026x";
		accounts.open(new NewAccount("Wren", "Tolliver", email, Set.of(Role.PARENT)), first);
		visitor.signIn(email, first);
		String second = "Marigoldfield2027y";
		assertThat(change(first, second).redirectPath()).isEqualTo(PAGE + "/changed");

		var reused = change(second, first).document();

		assertThat(reused.select(".govuk-error-summary a").eachText())
			.containsExactly("Password must be different from your last 8 passwords");
		assertThat(change(second, second).document().select(".govuk-error-summary a").eachText())
			.containsExactly("Password must be different from your current password");
		assertThat(change(second, "Shortpass1").document().select(".govuk-error-summary a").eachText())
			.contains("Password must be at least 15 characters");
		assertThat(change(second, "Thirdpasswordforme3").redirectPath()).isEqualTo(PAGE + "/changed");
	}

	private Page change(String current, String next) {
		return visitor.submit(PAGE, PAGE, Map.of("currentPassword", current, "newPassword", next, "confirmPassword", next));
	}

}
