package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.caseworkportal.MovableClock;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seeds' "You will be unable to login for N seconds", on the sign-in page: waits that grow
 * with failures, per email address and per client address, alike for known and unknown emails.
 */
class SignInThrottleWebIntegrationTest extends PortalVisitorTest {

	private static final String PASSWORD = "sparrow quarry nettle 31";

	@Autowired
	Accounts accounts;

	@Autowired
	MovableClock clock;

	String email;

	@BeforeEach
	void openAccount() {
		clock.freeze();
		email = "throttled-" + System.nanoTime() + "@school.example.org";
		accounts.open(new NewAccount("Ansel", "Brackenbury", email, Set.of(Role.PROFESSIONAL)), PASSWORD);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void waitGrowsWithEachFailure_andEndsByItself() {
		List<String> messages = failFiveTimes(visitor, email);

		assertThat(messages).containsExactly("Enter a correct email address and password",
				"Enter a correct email address and password", "Enter a correct email address and password",
				"Enter a correct email address and password. You will be unable to sign in for 5 seconds. Please wait and sign in again later.",
				"You will be unable to sign in for 5 seconds. Please wait and sign in again later.");
		assertThat(signInMessage(visitor, email, PASSWORD)).as("even the right password waits")
			.isEqualTo("You will be unable to sign in for 5 seconds. Please wait and sign in again later.");

		clock.moveForward(Duration.ofSeconds(5));
		assertThat(signInMessage(visitor, email, "wrong again")).isEqualTo(
				"Enter a correct email address and password. You will be unable to sign in for 10 seconds. Please wait and sign in again later.");
		clock.moveForward(Duration.ofSeconds(10));
		assertThat(visitor.signIn(email, PASSWORD).redirectPath()).isEqualTo("/professional");
	}

	@Test
	void unknownEmailIsThrottledExactlyLikeAKnownOne() {
		String unknown = "nobody-" + System.nanoTime() + "@school.example.org";

		assertThat(failFiveTimes(new PortalVisitor(port), unknown)).isEqualTo(failFiveTimes(visitor, email));
	}

	@Test
	void waitIsPerEmail_soAnotherPersonAtTheSameAddressSignsIn() {
		var sameOffice = new PortalVisitor(port, "10.200.0.1");
		failFiveTimes(sameOffice, email);
		String colleague = "colleague-" + System.nanoTime() + "@school.example.org";
		accounts.open(new NewAccount("Briony", "Castellan", colleague, Set.of(Role.PROFESSIONAL)), PASSWORD);

		assertThat(new PortalVisitor(port, "10.200.0.1").signIn(colleague, PASSWORD).redirectPath())
			.isEqualTo("/professional");
	}

	@Test
	void waitIsPerAddress_soGuessingManyEmailsFromOneAddressIsSlowedToo() {
		String guesser = "10.201.0.1";
		for (int i = 0; i < 10; i++) {
			signInMessage(new PortalVisitor(port, guesser), "guess-" + i + "-" + System.nanoTime() + "@school.example.org",
					"password");
		}

		assertThat(signInMessage(new PortalVisitor(port, guesser), email, "another guess"))
			.endsWith("You will be unable to sign in for 5 seconds. Please wait and sign in again later.");
		assertThat(new PortalVisitor(port, "10.201.0.2").signIn(email, PASSWORD).redirectPath())
			.as("from another address").isEqualTo("/professional");
	}

	private List<String> failFiveTimes(PortalVisitor visitor, String address) {
		var messages = new ArrayList<String>();
		for (int i = 0; i < 5; i++) {
			messages.add(signInMessage(visitor, address, "not-the-password-" + i));
		}
		return messages;
	}

	private static String signInMessage(PortalVisitor visitor, String address, String password) {
		return visitor.signIn(address, password).document().select(".govuk-error-summary a").text();
	}

}
