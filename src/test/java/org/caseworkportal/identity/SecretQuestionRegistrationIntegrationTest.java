package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.identity.password.SecretQuestion;
import org.caseworkportal.identity.password.SecretQuestions;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registration under the seed-compatible policy asks for a secret question and its answer. */
class SecretQuestionRegistrationIntegrationTest extends SeedCompatiblePortalTest {

	@Autowired
	AccountRepository accounts;

	@Autowired
	SecretQuestions secretQuestions;

	@Test
	void stepTwoAsksForASecretQuestionAndAnswer() {
		stepOne(visitor);

		var page = visitor.get("/register/professional/email").document();

		assertThat(page.select("input[name=secretQuestion]").eachAttr("value")).containsExactly("FIRST_SCHOOL",
				"MOTHERS_MAIDEN_NAME", "FIRST_PET", "BIRTH_TOWN");
		assertThat(page.select("fieldset label").eachText()).contains("What was the name of your first pet?");
		assertThat(page.select("label[for=secretAnswer]").text()).isEqualTo("Secret answer");
	}

	@Test
	void missingQuestionAndAnswerAreNamedWithThePasswordsProblems_andNothingIsSent() {
		String email = newEmail();
		stepOne(visitor);
		long lastSeen = visitor.newestEmailId(email);

		var page = stepTwo(visitor, email, "password", null, "").document();

		assertThat(errorSummary(page)).contains("Select a secret question", "Enter your secret answer")
			.hasSizeGreaterThan(2);
		assertThat(page.select("#secretQuestion-error").text()).isNotEmpty();
		assertThat(page.select("#secretAnswer-error").text()).isNotEmpty();
		assertThat(visitor.newestEmailId(email)).isEqualTo(lastSeen);
	}

	@Test
	void answerMustBeThreeToAHundredCharacters_andWhatWasTypedIsKept() {
		stepOne(visitor);

		var tooShort = stepTwo(visitor, newEmail(), SEED_PASSWORD, SecretQuestion.FIRST_PET, " ab ").document();
		var tooLong = stepTwo(visitor, newEmail(), SEED_PASSWORD, SecretQuestion.FIRST_PET, "x".repeat(101))
			.document();

		assertThat(errorSummary(tooShort)).containsExactly("Secret answer must be 3 characters or more");
		assertThat(tooShort.select("input[name=secretQuestion][checked]").val()).isEqualTo("FIRST_PET");
		assertThat(errorSummary(tooLong)).containsExactly("Secret answer must be 100 characters or fewer");
	}

	@Test
	void answerIsKeptOnlyAsAHash_ofItsTidiedForm() {
		String email = newEmail();
		stepOne(visitor);

		assertThat(stepTwo(visitor, email, SEED_PASSWORD, SecretQuestion.FIRST_PET, "  Mr   Biscuit ").redirectPath())
			.isEqualTo("/register/professional/code");

		var stored = accounts.findStored(email).flatMap(account -> accounts.secretAnswerOf(account.id()));
		assertThat(stored).get().extracting(secret -> secret.question()).isEqualTo(SecretQuestion.FIRST_PET);
		assertThat(stored.get().answerHash()).startsWith("{bcrypt}").doesNotContainIgnoringCase("biscuit");
		assertThat(secretQuestions.answers(stored, "mr biscuit")).isTrue();
		assertThat(secretQuestions.answers(stored, "MR BISCUIT")).isTrue();
		assertThat(secretQuestions.answers(stored, "mrbiscuit")).isFalse();
	}

	@Test
	void unverifiedAccountRegisteredAgainKeepsOnlyTheNewQuestionAndAnswer() {
		String email = newEmail();
		stepOne(visitor);
		stepTwo(visitor, email, SEED_PASSWORD, SecretQuestion.FIRST_PET, "Biscuit");

		var another = new PortalVisitor(port);
		stepOne(another);
		stepTwo(another, email, SEED_PASSWORD, SecretQuestion.BIRTH_TOWN, "Whitby");

		var stored = accounts.findStored(email).flatMap(account -> accounts.secretAnswerOf(account.id()));
		assertThat(stored).get().extracting(secret -> secret.question()).isEqualTo(SecretQuestion.BIRTH_TOWN);
		assertThat(secretQuestions.answers(stored, "Whitby")).isTrue();
		assertThat(secretQuestions.answers(stored, "Biscuit")).isFalse();
	}

	@Test
	void registeredAnswerOpensAPasswordReset() {
		String email = newEmail();
		stepOne(visitor);
		long lastSeen = visitor.newestEmailId(email);
		stepTwo(visitor, email, SEED_PASSWORD, SecretQuestion.MOTHERS_MAIDEN_NAME, "Featherstonehaugh");
		visitor.submit("/register/professional/code", "/register/professional/code",
				Map.of("code", visitor.awaitCode(email, lastSeen)));
		lastSeen = visitor.newestEmailId(email);

		var question = visitor.submit("/forgotten-password", "/forgotten-password", Map.of("email", email));
		assertThat(visitor.get(question.redirectPath()).document().select("h1").text())
			.isEqualTo("What is your mother's maiden name?");
		visitor.submit("/forgotten-password/secret-question", "/forgotten-password/secret-question",
				Map.of("secretAnswer", "featherstonehaugh "));

		assertThat(visitor.awaitEmail(email, lastSeen)).contains("/reset-password/");
	}

	private static void stepOne(PortalVisitor someone) {
		someone.submit("/register/professional", "/register/professional",
				Map.of("forename", "Peregrine", "surname", "Ashdown", "jobTitle", "Designated Teacher", "organisation",
						"Oakfield Demo Primary", "workAddress", "1 Demo Lane, Demo Town", "workPhone", "01632 960 001"));
	}

	private static Page stepTwo(PortalVisitor someone, String email, String password, SecretQuestion question,
			String answer) {
		var form = new HashMap<String, String>(Map.of("email", email, "password", password, "confirmPassword",
				password, "secretAnswer", answer));
		if (question != null) {
			form.put("secretQuestion", question.name());
		}
		return someone.submit("/register/professional/email", "/register/professional/email", form);
	}

	private static List<String> errorSummary(Document page) {
		return page.select(".govuk-error-summary a").eachText();
	}

	private static String newEmail() {
		return "secret-registrant-" + System.nanoTime() + "@school.example.org";
	}

}
