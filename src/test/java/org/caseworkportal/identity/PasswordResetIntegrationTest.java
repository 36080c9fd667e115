package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.caseworkportal.MovableClock;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.PortalVisitorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Forgotten your password?": the same answer for every address, and a link only for an account. */
class PasswordResetIntegrationTest extends PortalVisitorTest {

	private static final Pattern RESET_LINK = Pattern.compile("/reset-password/[A-Za-z0-9_-]{43}");

	private static final String OLD_PASSWORD = "juniper saddle copper 19";

	private static final String NEW_PASSWORD = "marigold harbour violin 82";

	@Autowired
	Accounts accounts;

	@Autowired
	MovableClock clock;

	String email;

	@BeforeEach
	void openAccount() {
		email = "reset-" + System.nanoTime() + "@school.example.org";
		accounts.open(new NewAccount("Tamsin", "Rookwood", email, Set.of(Role.PROFESSIONAL)), OLD_PASSWORD);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void knownAndUnknownAddressesGetTheSamePage_andOnlyTheAccountGetsALink() {
		String unknown = "nobody-" + System.nanoTime() + "@school.example.org";

		String forUnknown = requestLink(unknown).document().select("main").text();
		String forKnown = requestLink(email).document().select("main").text();

		assertThat(forKnown).isEqualTo(forUnknown).startsWith("Password change requested");
		assertThat(awaitLink(0)).startsWith("/reset-password/");
		assertThat(visitor.newestEmailId(unknown)).isZero();
	}

	@Test
	void linkSetsANewPasswordOnce_andEndsTheAccountsSessions() {
		var elsewhere = new PortalVisitor(port);
		elsewhere.signIn(email, OLD_PASSWORD);
		assertThat(elsewhere.get("/professional").status()).isEqualTo(200);
		String link = linkFromEmail();

		var form = visitor.get(link).document();
		assertThat(form.select("h1").text()).isEqualTo("Choose a new password");
		assertThat(form.select("#password-policy li").eachText()).isNotEmpty();
		var done = setPassword(link, NEW_PASSWORD, NEW_PASSWORD);

		assertThat(done.document().select("h1").text()).isEqualTo("Your password has been changed");
		assertThat(elsewhere.get("/professional").redirectPath()).startsWith("/sign-in");
		assertThat(visitor.signIn(email, OLD_PASSWORD).document().select(".govuk-error-summary a").text())
			.isEqualTo("Enter a correct email address and password");
		assertThat(visitor.signIn(email, NEW_PASSWORD).redirectPath()).isEqualTo("/professional");
		assertThat(visitor.get(link).document().select("h1").text()).isEqualTo("This link has expired");
	}

	@Test
	void newPasswordMustMeetThePolicy_andMatch() {
		String link = linkFromEmail();

		var page = setPassword(link, "short", "other").document();

		assertThat(page.select(".govuk-error-summary a").eachText()).contains("Passwords must match").hasSizeGreaterThan(1);
		assertThat(visitor.signIn(email, OLD_PASSWORD).redirectPath()).as("old password still works")
			.isEqualTo("/professional");
	}

	@Test
	void linkExpiresAfterTwentyMinutes() {
		clock.freeze();
		String link = linkFromEmail();

		clock.moveForward(Duration.ofMinutes(20));
		assertThat(visitor.get(link).document().select("h1").text()).isEqualTo("Choose a new password");
		clock.moveForward(Duration.ofSeconds(1));
		assertThat(visitor.get(link).document().select("h1").text()).isEqualTo("This link has expired");
		assertThat(setPassword(link, NEW_PASSWORD, NEW_PASSWORD).document().select("h1").text())
			.isEqualTo("This link has expired");
	}

	@Test
	void emptyAddressIsAskedFor() {
		var page = requestLink(" ").document();

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter your email address");
	}

	@Test
	void noSecretQuestionIsAsked_underTheStandardPolicy() {
		var page = visitor.get("/forgotten-password").document();

		assertThat(page.select("main form input:not([type=hidden])").eachAttr("name")).containsExactly("email");
		assertThat(page.select("main").text()).doesNotContain("secret");
		assertThat(visitor.get("/forgotten-password/secret-question").status()).isEqualTo(404);
	}

	private Page requestLink(String address) {
		return visitor.submit("/forgotten-password", "/forgotten-password", Map.of("email", address));
	}

	/** Asks for a link and reads it in the email. */
	private String linkFromEmail() {
		long lastSeen = visitor.newestEmailId(email);
		requestLink(email);
		return awaitLink(lastSeen);
	}

	private String awaitLink(long lastSeen) {
		long newest = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> visitor.newestEmailId(email), id -> id > lastSeen);
		Matcher link = RESET_LINK.matcher(visitor.get("/demo-mailbox/" + newest).document().text());
		assertThat(link.find()).isTrue();
		return link.group();
	}

	private Page setPassword(String link, String password, String confirm) {
		// The token comes from a page that has a form even when the link has expired.
		return visitor.submit("/forgotten-password", link, Map.of("password", password, "confirmPassword", confirm));
	}

}
