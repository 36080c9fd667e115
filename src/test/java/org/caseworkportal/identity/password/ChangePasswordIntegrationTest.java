package org.caseworkportal.identity.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.Role;
import org.caseworkportal.identity.password.TestAccounts.TestAccount;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangePasswordIntegrationTest extends PortalVisitorTest {

	private static final String PAGE = "/account/password";

	private static final String NEW_PASSWORD = "second passphrase lantern";

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHistory history;

	@Test
	void anonymousVisitorIsSentToSignIn() {
		assertThat(visitor.get(PAGE).redirectPath()).isEqualTo("/sign-in");
		assertThat(visitor.get(PAGE + "/changed").redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void showsTheRulesOfThePersonsOwnPortalBesideTheNewPassword() {
		signedIn(visitor, TestAccounts.open(accounts, Role.PROFESSIONAL));
		var professional = visitor.get(PAGE).document();
		var parentVisitor = new PortalVisitor(port);
		signedIn(parentVisitor, TestAccounts.open(accounts, Role.PARENT));
		var parent = parentVisitor.get(PAGE).document();

		assertThat(professional.select("h1").text()).isEqualTo("Change your password");
		assertThat(professional.select("#password-policy li").eachText())
			.contains("It must be at least 12 characters long", "It must not contain your name");
		assertThat(professional.select("#newPassword").attr("aria-describedby")).contains("password-policy");
		assertThat(parent.select("#password-policy li").eachText()).contains("It must be at least 15 characters long");
	}

	@Test
	void namesEveryRuleTheNewPasswordBreaksInTheErrorSummary_andChangesNothing() {
		TestAccount olive = signedIn(visitor, TestAccounts.open(accounts, Role.PROFESSIONAL));

		var page = change(TestAccounts.PASSWORD, "Olive1", "Olive1");

		assertThat(page.title()).startsWith("Error: Change your password");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Password must be at least 12 characters",
				"Password is too easy to guess. Avoid common words, names and dates",
				"Password must not contain your name");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsOnly("#newPassword");
		assertThat(page.select("#newPassword-error").text()).contains("Password must be at least 12 characters");
		assertThat(page.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);
		assertThat(history.isCurrent(olive.id(), TestAccounts.PASSWORD)).isTrue();
	}

	@Test
	void saysWhenTheCurrentPasswordIsWrongAndTheNewOnesDoNotMatch() {
		TestAccount olive = signedIn(visitor, TestAccounts.open(accounts, Role.PROFESSIONAL));

		var page = change("not my password", NEW_PASSWORD, "second passphrase lantern!");

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"The current password you entered is incorrect", "The new passwords you entered do not match");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#currentPassword",
				"#confirmPassword");
		assertThat(history.isCurrent(olive.id(), TestAccounts.PASSWORD)).isTrue();
	}

	@Test
	void asksForEachEmptyField() {
		signedIn(visitor, TestAccounts.open(accounts, Role.PARENT));

		var page = change("", "", "");

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter your current password",
				"Enter a new password", "Confirm your new password");
	}

	@Test
	void changingThePasswordKeepsThisSessionAndSignsOutEveryOther() {
		TestAccount olive = TestAccounts.open(accounts, Role.PROFESSIONAL);
		var onAnotherComputer = new PortalVisitor(port);
		signedIn(onAnotherComputer, olive);
		signedIn(visitor, olive);

		var changed = visitor.submit(PAGE, PAGE, Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword",
				NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

		assertThat(changed.redirectPath()).isEqualTo(PAGE + "/changed");
		var confirmation = visitor.get(PAGE + "/changed").document();
		assertThat(confirmation.select(".govuk-panel__title").text()).isEqualTo("Your password has been changed");
		assertThat(confirmation.select("main a[href=/professional]").text()).isEqualTo("Go to your home page");
		assertThat(visitor.get("/professional").status()).isEqualTo(200);
		assertThat(onAnotherComputer.get("/professional").redirectPath()).isEqualTo("/sign-in?session-ended");

		assertThat(new PortalVisitor(port).signIn(olive.email(), TestAccounts.PASSWORD)
			.document()
			.select(".govuk-error-summary a")
			.text()).isEqualTo("Enter a correct email address and password");
		var withTheNewPassword = new PortalVisitor(port);
		withTheNewPassword.signIn(olive.email(), NEW_PASSWORD);
		assertThat(withTheNewPassword.get("/professional").status()).isEqualTo(200);
	}

	@Test
	void changeWithoutTheFormsCsrfTokenIsRefused() {
		TestAccount olive = signedIn(visitor, TestAccounts.open(accounts, Role.PROFESSIONAL));

		var forged = visitor.post(PAGE, Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD,
				"confirmPassword", NEW_PASSWORD));

		assertThat(forged.status()).isEqualTo(403);
		assertThat(history.isCurrent(olive.id(), TestAccounts.PASSWORD)).isTrue();
	}

	private Document change(String current, String newPassword, String confirmation) {
		var page = visitor.submit(PAGE, PAGE,
				Map.of("currentPassword", current, "newPassword", newPassword, "confirmPassword", confirmation));
		assertThat(page.status()).isEqualTo(200);
		return page.document();
	}

	private static TestAccount signedIn(PortalVisitor visitor, TestAccount account) {
		visitor.signIn(account.email(), TestAccounts.PASSWORD);
		assertThat(visitor.get(PAGE).status()).as("signed in").isEqualTo(200);
		return account;
	}

}
