package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caseworkportal.MovableClock;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.identity.password.SecretQuestion;
import org.caseworkportal.identity.password.SecretQuestions;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Forgotten your password?" under the seed-compatible policy: the secret question before the
 * link, and nothing that tells an address with an account from one without.
 */
class SecretQuestionResetIntegrationTest extends SeedCompatiblePortalTest {

	private static final String QUESTION_PAGE = "/forgotten-password/secret-question";

	private static final String ANSWER = "Biscuit";

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	SecretQuestions secretQuestions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	String email;

	@BeforeEach
	void openAccountWithASecretQuestion() {
		email = newEmail("reset");
		var id = accounts.open(new NewAccount("Tamsin", "Rookwood", email, Set.of(Role.PROFESSIONAL)), SEED_PASSWORD);
		repository.setSecretAnswer(id, secretQuestions.protect(SecretQuestion.FIRST_PET, ANSWER));
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void firstPageAsksOnlyForTheEmail_thenTheAccountsQuestionIsAsked() {
		var first = visitor.get("/forgotten-password").document();
		assertThat(first.select("main form input:not([type=hidden])").eachAttr("name")).containsExactly("email");

		var answerPage = askFor(visitor, email);

		assertThat(answerPage.select("h1").text()).isEqualTo("What was the name of your first pet?");
		assertThat(answerPage.select("input[name=secretAnswer]")).hasSize(1);
	}

	@Test
	void rightAnswerEmailsALinkThatWorks() {
		long lastSeen = visitor.newestEmailId(email);

		var done = answer(visitor, email, "  BISCUIT ").document();

		assertThat(done.select("h1").text()).isEqualTo("Password change requested");
		assertThat(done.select("main").text())
			.contains("you may have entered an incorrect email address or secret answer when requesting a password "
					+ "reset, as the portal will allow you to enter incorrect details");
		String link = visitor.awaitEmail(email, lastSeen).replaceAll("(?s).*(/reset-password/[A-Za-z0-9_-]+).*", "$1");
		assertThat(visitor.get(link).document().select("h1").text()).isEqualTo("Choose a new password");
		assertThat(resetOutcomes(email)).containsExactly("Link emailed");
	}

	@Test
	void wrongAnswerSendsNothing_butEndsOnTheSamePage() {
		long lastSeen = visitor.newestEmailId(email);

		String afterWrong = answer(visitor, email, "Rover").document().select("main").text();
		String afterRight = answer(new PortalVisitor(port), email, ANSWER).document().select("main").text();

		assertThat(afterWrong).isEqualTo(afterRight);
		visitor.awaitEmail(email, lastSeen);
		assertThat(emailsSince(email, lastSeen)).as("only the right answer's link").isEqualTo(1);
		assertThat(resetOutcomes(email)).containsExactly("Wrong secret answer", "Link emailed");
	}

	@Test
	void unknownAddressIsAskedTheSameQuestionEveryTime_andEndsOnTheSamePage() {
		String unknown = newEmail("nobody");

		String question = askFor(visitor, unknown).select("h1").text();
		String again = askFor(new PortalVisitor(port), unknown).select("h1").text();
		String inCapitals = askFor(new PortalVisitor(port), unknown.toUpperCase()).select("h1").text();

		assertThat(Arrays.stream(SecretQuestion.values()).map(SecretQuestion::text)).contains(question);
		assertThat(again).isEqualTo(question);
		assertThat(inCapitals).isEqualTo(question);
		String forUnknown = visitor.submit(QUESTION_PAGE, QUESTION_PAGE, Map.of("secretAnswer", ANSWER))
			.document()
			.select("main")
			.text();
		assertThat(forUnknown).isEqualTo(answer(new PortalVisitor(port), email, ANSWER).document().select("main").text());
		visitor.awaitEmail(email, 0);
		assertThat(visitor.newestEmailId(unknown)).isZero();
		assertThat(resetOutcomes(unknown)).containsExactly("No such account");
	}

	@Test
	void questionPageLooksTheSameForAnAccountAndForNoAccount() {
		String unknown = newEmail("nobody");

		var forAccount = askFor(visitor, email);
		var forNobody = askFor(new PortalVisitor(port), unknown);

		assertThat(forNobody.select("main").text().replace(forNobody.select("h1").text(), "QUESTION"))
			.isEqualTo(forAccount.select("main").text().replace(forAccount.select("h1").text(), "QUESTION"));
	}

	@Test
	void wrongAnswersMakeTheAddressWait_asWrongPasswordsDo_withOrWithoutAnAccount() {
		clock.freeze();
		String unknown = newEmail("nobody");
		for (int attempt = 1; attempt <= 4; attempt++) {
			answer(visitor, email, "Rover " + attempt);
			answer(new PortalVisitor(port), unknown, "Rover " + attempt);
		}
		long lastSeen = visitor.newestEmailId(email);

		var waiting = answer(visitor, email, ANSWER).document();
		var nobodyWaiting = answer(new PortalVisitor(port), unknown, ANSWER).document();

		assertThat(waiting.select(".govuk-error-summary a").eachText())
			.containsExactly("You will be unable to sign in for 5 seconds. Please wait and sign in again later.");
		assertThat(nobodyWaiting.select(".govuk-error-summary a").eachText())
			.isEqualTo(waiting.select(".govuk-error-summary a").eachText());
		assertThat(visitor.signIn(email, SEED_PASSWORD).document().select(".govuk-error-summary a").text())
			.as("the same wait as for sign-in")
			.startsWith("You will be unable to sign in for 5 seconds");
		clock.moveForward(Duration.ofSeconds(5));
		assertThat(visitor.submit(QUESTION_PAGE, QUESTION_PAGE, Map.of("secretAnswer", ANSWER))
			.document()
			.select("h1")
			.text()).isEqualTo("Password change requested");
		visitor.awaitEmail(email, lastSeen);
		assertThat(emailsSince(email, lastSeen)).as("one link, sent after the wait").isEqualTo(1);
	}

	@Test
	void accountWithoutAQuestionIsAskedOneAnyway_andSentTheLink() {
		String staffEmail = newEmail("no-question");
		accounts.open(new NewAccount("Ines", "Hallworth", staffEmail, Set.of(Role.PROFESSIONAL)), SEED_PASSWORD);
		long lastSeen = visitor.newestEmailId(staffEmail);

		var done = answer(visitor, staffEmail, "anything at all");

		assertThat(done.document().select("h1").text()).isEqualTo("Password change requested");
		assertThat(visitor.awaitEmail(staffEmail, lastSeen)).contains("/reset-password/");
	}

	@Test
	void emptyAnswerIsAskedFor() {
		askFor(visitor, email);

		var page = visitor.submit(QUESTION_PAGE, QUESTION_PAGE, Map.of("secretAnswer", " ")).document();

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter your secret answer");
		assertThat(page.select("h1").text()).isEqualTo("What was the name of your first pet?");
	}

	@Test
	void questionPageWithoutAnAddressGoesBackToTheFirstPage() {
		assertThat(visitor.get(QUESTION_PAGE).redirectPath()).isEqualTo("/forgotten-password");
	}

	/** Types the address on the first page and reads the question page it leads to. */
	private static Document askFor(PortalVisitor someone, String address) {
		Page first = someone.submit("/forgotten-password", "/forgotten-password", Map.of("email", address));
		assertThat(first.redirectPath()).isEqualTo(QUESTION_PAGE);
		return someone.get(QUESTION_PAGE).document();
	}

	private static Page answer(PortalVisitor someone, String address, String secretAnswer) {
		askFor(someone, address);
		return someone.submit(QUESTION_PAGE, QUESTION_PAGE, Map.of("secretAnswer", secretAnswer));
	}

	private long emailsSince(String address, long lastSeen) {
		return jdbc.sql("select count(*) from demo_mailbox_message where lower(recipient) = :address and id > :lastSeen")
			.param("address", address.toLowerCase())
			.param("lastSeen", lastSeen)
			.query(Long.class)
			.single();
	}

	private List<String> resetOutcomes(String address) {
		return jdbc.sql("select outcome from account_event where email = :address and type = 'PASSWORD_RESET_REQUESTED' "
				+ "order by id")
			.param("address", address.toLowerCase())
			.query(String.class)
			.list();
	}

	private static String newEmail(String who) {
		return who + "-" + System.nanoTime() + "@school.example.org";
	}

}
