package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.MovableClock;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.PortalVisitorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

/** The emailed code of sign-in's second step: single use, ten minutes, five tries, this browser only. */
class SignInCodeIntegrationTest extends PortalVisitorTest {

	private static final String TEACHER = DemoSignIns.RIVERSIDE_TEACHER;

	@Autowired
	MovableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void codeWorksUntilTenMinutesAndIsRefusedOneSecondLater() {
		clock.freeze();
		String code = passwordStep(visitor, TEACHER);
		clock.moveForward(Duration.ofMinutes(10).plusSeconds(1));

		assertFailed(enterCode(visitor, code));
		assertThat(visitor.get("/professional").redirectPath()).isEqualTo("/sign-in");

		clock.reset();
		clock.freeze();
		String another = passwordStep(visitor, TEACHER);
		clock.moveForward(Duration.ofMinutes(10));
		// Back to the page that asked for sign-in.
		assertThat(enterCode(visitor, another).redirectPath()).isEqualTo("/professional?continue");
	}

	@Test
	void usedCodeIsRefused() {
		String code = passwordStep(visitor, TEACHER);
		assertThat(enterCode(visitor, code).redirectPath()).isEqualTo("/professional");
		visitor.submit("/professional", "/sign-out", Map.of());

		assertFailed(enterCode(visitor, code));
	}

	@Test
	void codeOnlyCompletesTheSignInItWasSentFor() {
		String code = passwordStep(visitor, TEACHER);
		var someoneElse = new PortalVisitor(port);

		assertFailed(enterCode(someoneElse, code));
		assertThat(someoneElse.get("/professional").redirectPath()).isEqualTo("/sign-in");
		assertThat(enterCode(visitor, code).redirectPath()).isEqualTo("/professional");
	}

	@Test
	void aNewSignInVoidsTheEarlierCode() {
		String first = passwordStep(visitor, TEACHER);
		var laterBrowser = new PortalVisitor(port);
		String second = passwordStep(laterBrowser, TEACHER);

		assertFailed(enterCode(visitor, first));
		assertThat(enterCode(laterBrowser, second).redirectPath()).isEqualTo("/professional");
	}

	@Test
	void wrongCodeSaysHowManyTriesAreLeft_andTheFifthWrongOneVoidsTheCode() {
		String code = passwordStep(visitor, TEACHER);

		for (int left = 4; left >= 1; left--) {
			var wrong = enterCode(visitor, "0000 0000");
			assertThat(wrong.document().select(".govuk-error-summary a").text())
				.isEqualTo("The code is not right. Check the email and try again: you have " + left
						+ (left == 1 ? " more try" : " more tries") + " left");
		}
		assertFailed(enterCode(visitor, "0000 0000"));
		assertFailed(enterCode(visitor, code));
	}

	@Test
	void newCodeReplacesTheOldOne_butDoesNotResetTheTriesLeft() {
		String old = passwordStep(visitor, TEACHER);
		for (int i = 0; i < 3; i++) {
			enterCode(visitor, "0000 0000");
		}
		long lastSeen = visitor.newestEmailId(TEACHER);

		var resent = visitor.submit("/sign-in/code", "/sign-in/code/new", Map.of());

		assertThat(resent.redirectPath()).isEqualTo("/sign-in/code");
		assertThat(visitor.get("/sign-in/code").document().text()).contains("We have sent you a new code");
		String fresh = visitor.awaitCode(TEACHER, lastSeen);
		assertThat(enterCode(visitor, old).document().select(".govuk-error-summary a").text())
			.endsWith("you have 1 more try left");
		assertFailed(enterCode(visitor, "0000 0000"));
		assertFailed(enterCode(visitor, fresh));
	}

	@Test
	void codeMayBeTypedWithOrWithoutItsSpace() {
		String code = passwordStep(visitor, TEACHER);

		assertThat(enterCode(visitor, code.replace(" ", "")).redirectPath()).isEqualTo("/professional");
	}

	@Test
	void emptyCodeIsAskedForWithoutCountingAsATry() {
		passwordStep(visitor, TEACHER);

		var page = enterCode(visitor, " ").document();

		assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Enter the 8-digit code from the email");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#code");
	}

	@Test
	void codePageWithoutAPendingSignInSendsToSignIn() {
		assertThat(visitor.get("/sign-in/code").redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void staffCodesCanBeSwitchedOffOnlyInTheDemo() {
		var production = new MockEnvironment();
		production.setActiveProfiles("prod");

		assertThatThrownBy(() -> new SignInProperties(false).requireAllowedIn(production))
			.hasMessageContaining("only in the demo profile");
		var demo = new MockEnvironment();
		demo.setActiveProfiles("demo");
		new SignInProperties(false).requireAllowedIn(demo);
	}

	/** Email and password; returns the code that arrives. */
	private static String passwordStep(PortalVisitor visitor, String email) {
		long lastSeen = visitor.newestEmailId(email);
		var page = visitor.submit("/sign-in", "/sign-in", Map.of("email", email, "password", DemoSignIns.PASSWORD));
		assertThat(page.redirectPath()).isEqualTo("/sign-in/code");
		return visitor.awaitCode(email, lastSeen);
	}

	private static Page enterCode(PortalVisitor visitor, String code) {
		return visitor.submit("/sign-in", "/sign-in/code", Map.of("code", code));
	}

	private static void assertFailed(Page page) {
		assertThat(page.status()).isEqualTo(200);
		var document = page.document();
		assertThat(document.select("h1").text()).isEqualTo("Authentication failed");
		assertThat(document.select("main a[href=/sign-in]").text()).isEqualTo("Return to sign in");
	}

}
