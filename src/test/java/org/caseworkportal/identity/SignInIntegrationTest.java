package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitorTest;
import org.junit.jupiter.api.Test;

/** Signing in with email, password and the emailed code, as a person does in a browser. */
class SignInIntegrationTest extends PortalVisitorTest {

	@Test
	void staffMemberWithTheRightPasswordLandsInTheStaffWorkspace() {
		var signedIn = visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.redirectPath()).isEqualTo("/staff");
		var workspace = visitor.get("/staff");
		assertThat(workspace.status()).isEqualTo(200);
		assertThat(workspace.document().select("h1").text()).isEqualTo("Staff workspace");
		assertThat(workspace.body()).contains("Valerie Schofield");
	}

	@Test
	void emailAddressIsMatchedWhateverItsCase() {
		visitor.signIn("VS.Officer@Demo-Borough.example", DemoSignIns.PASSWORD);

		assertThat(visitor.get("/staff").status()).isEqualTo(200);
	}

	@Test
	void passwordStepEmailsACodeAndAsksForIt() {
		long lastSeen = visitor.newestEmailId(DemoSignIns.SOCIAL_WORKER);

		var first = visitor.submit("/sign-in", "/sign-in",
				Map.of("email", DemoSignIns.SOCIAL_WORKER, "password", DemoSignIns.PASSWORD));

		assertThat(first.redirectPath()).isEqualTo("/sign-in/code");
		var codePage = visitor.get("/sign-in/code").document();
		assertThat(codePage.select("h1").text()).isEqualTo("Verification code sent");
		assertThat(codePage.text()).contains(DemoSignIns.SOCIAL_WORKER);
		assertThat(codePage.select("label[for=code]").text()).isEqualTo("Your verification code");
		assertThat(visitor.awaitCode(DemoSignIns.SOCIAL_WORKER, lastSeen)).matches("\\d{4} \\d{4}");
		var mailbox = visitor.get("/demo-mailbox").document();
		assertThat(mailbox.select("tbody tr").first().text()).contains("Your code for Casework Portal sign-in");
		assertThat(visitor.get("/staff").redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void wrongPasswordIsRefusedWithAnErrorSummaryAndKeepsTheEmail() {
		var refused = visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, "not-the-password");

		assertThat(refused.status()).isEqualTo(200);
		var page = refused.document();
		assertThat(page.title()).startsWith("Error: Sign in");
		assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Enter a correct email address and password");
		assertThat(page.select("input[name=email]").val()).isEqualTo(DemoSignIns.VIRTUAL_SCHOOL_OFFICER);
		assertThat(visitor.get("/staff").redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void unknownEmailGetsTheSameMessageAsAWrongPassword() {
		var page = visitor.signIn("nobody@demo-borough.example", "whatever-they-type").document();

		assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Enter a correct email address and password");
	}

	@Test
	void emptyFieldsAreEachNamedInTheErrorSummary() {
		var page = visitor.signIn("", "").document();

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter your email address",
				"Enter your password");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#email", "#password");
	}

	@Test
	void signInWithoutTheFormsCsrfTokenIsRejected() {
		var forged = visitor.post("/sign-in",
				Map.of("email", DemoSignIns.VIRTUAL_SCHOOL_OFFICER, "password", DemoSignIns.PASSWORD));

		assertThat(forged.status()).isEqualTo(403);
		assertThat(visitor.get("/staff").redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void signingOutEndsTheSession() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		var signedOut = visitor.submit("/staff", "/sign-out", Map.of());

		assertThat(signedOut.redirectPath()).isEqualTo("/signed-out");
		assertThat(visitor.get("/signed-out").document().select(".govuk-notification-banner").text())
			.contains("You have been signed out");
		assertThat(visitor.get("/staff").redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void sessionCookieIsSecureHttpOnlyAndSameSite() {
		var page = visitor.get("/sign-in");

		assertThat(page.header("Set-Cookie")).startsWith("PORTAL_SESSION=")
			.contains("Secure")
			.contains("HttpOnly")
			.contains("SameSite=Lax");
	}

	@Test
	void anonymousVisitorIsSentToSignInFromEveryPortal() {
		for (String portal : new String[] { "/staff", "/professional", "/parent", "/admin/mail" }) {
			assertThat(visitor.get(portal).redirectPath()).as(portal).isEqualTo("/sign-in");
		}
	}

	@Test
	void staffCannotOpenAnotherPortal() {
		visitor.signIn(DemoSignIns.SOCIAL_WORKER, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/professional").status()).isEqualTo(403);
		assertThat(visitor.get("/parent").status()).isEqualTo(403);
	}

}
