package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.PortalVisitorTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Registering for the professional and parent portals, page by page, as a person does. */
class RegistrationIntegrationTest extends PortalVisitorTest {

	private static final AtomicInteger people = new AtomicInteger();

	private static final String GOOD_PASSWORD = "lantern orchard thistle 47";

	@Test
	void professionalRegistersConfirmsTheirEmailAndSignsIn() {
		String email = newEmail();
		var details = visitor.get("/register/professional").document();
		assertThat(details.select("h1").text()).isEqualTo("Register a new account");
		assertThat(details.select(".govuk-caption-l").text()).isEqualTo("Step 1 of 3");

		assertThat(stepOne("/register/professional", professionalDetails()).redirectPath())
			.isEqualTo("/register/professional/email");
		var stepTwo = visitor.get("/register/professional/email").document();
		assertThat(stepTwo.select("#password-policy li").eachText()).isNotEmpty();
		long lastSeen = visitor.newestEmailId(email);
		assertThat(stepTwo(email, GOOD_PASSWORD, GOOD_PASSWORD).redirectPath())
			.isEqualTo("/register/professional/code");
		var stepThree = visitor.get("/register/professional/code").document();
		assertThat(stepThree.select("h1").text()).isEqualTo("Check your email");
		assertThat(stepThree.select("button").eachText()).contains("Next", "Please send me a new code");
		String code = visitor.awaitCode(email, lastSeen);
		assertThat(newestSubject()).isEqualTo("Please verify your email address");

		var confirmed = visitor.submit("/register/professional/code", "/register/professional/code",
				Map.of("code", code));

		assertThat(confirmed.redirectPath()).isEqualTo("/register/professional/done");
		assertThat(visitor.get("/register/professional/done").document().select("h1").text())
			.isEqualTo("Your account has been created");
		assertThat(visitor.signIn(email, GOOD_PASSWORD).redirectPath()).isEqualTo("/professional");
		assertThat(visitor.get("/professional").status()).isEqualTo(200);
	}

	@Test
	void accountIsNotOpenedUntilTheCodeIsEntered() {
		String email = newEmail();
		stepOne("/register/professional", professionalDetails());
		stepTwo(email, GOOD_PASSWORD, GOOD_PASSWORD);

		var signIn = visitor.signIn(email, GOOD_PASSWORD);

		// The password is right, so a sign-in code is sent: entering it is what verifies the address.
		assertThat(signIn.redirectPath()).isEqualTo("/professional");
	}

	@Test
	void everyMissingDetailIsNamed() {
		var page = stepOne("/register/professional", Map.of()).document();

		assertThat(errorSummary(page)).containsExactly("Enter your forename", "Enter your surname",
				"Enter your job title", "Enter your organisation", "Enter your work address",
				"Enter your work telephone number");
	}

	@Test
	void parentsAreNotAskedForWorkDetails() {
		var page = visitor.get("/register/parent").document();

		assertThat(page.select("input[type=text], textarea").eachAttr("name")).containsExactly("forename", "surname");
		assertThat(stepOne("/register/parent", Map.of("forename", "Morwenna", "surname", "Quillfeather")).redirectPath())
			.isEqualTo("/register/parent/email");
	}

	@Test
	void passwordProblemsAndAMismatchAreEachNamed_andNothingIsSent() {
		String email = newEmail();
		stepOne("/register/professional", professionalDetails());
		long lastSeen = visitor.newestEmailId(email);

		var page = stepTwo(email, "password", "something else").document();

		assertThat(page.title()).startsWith("Error:");
		assertThat(errorSummary(page)).contains("Passwords must match").hasSizeGreaterThan(1);
		assertThat(page.select("#password-error").text()).isNotEmpty();
		assertThat(page.select("input[name=email]").val()).isEqualTo(email);
		assertThat(visitor.newestEmailId(email)).isEqualTo(lastSeen);
	}

	@Test
	void badEmailAddressIsRefused() {
		stepOne("/register/professional", professionalDetails());

		var page = stepTwo("not-an-address", GOOD_PASSWORD, GOOD_PASSWORD).document();

		assertThat(errorSummary(page)).containsExactly("Enter an email address in the correct format, like name@example.com");
	}

	@Test
	void registeringAnAddressThatHasAnAccountLooksTheSame_andTellsItsOwner() {
		String unknown = newEmail();
		stepOne("/register/professional", professionalDetails());
		stepTwo(unknown, GOOD_PASSWORD, GOOD_PASSWORD);
		String newAddressPage = visitor.get("/register/professional/code").document().select("main").text();

		var another = new PortalVisitor(port);
		long lastSeen = another.newestEmailId(DemoSignIns.OAKFIELD_TEACHER);
		another.submit("/register/professional", "/register/professional", professionalDetails());
		var taken = another.submit("/register/professional/email", "/register/professional/email",
				Map.of("email", DemoSignIns.OAKFIELD_TEACHER, "password", GOOD_PASSWORD, "confirmPassword",
						GOOD_PASSWORD));

		assertThat(taken.redirectPath()).isEqualTo("/register/professional/code");
		String existingAddressPage = another.get("/register/professional/code").document().select("main").text();
		assertThat(existingAddressPage.replace(DemoSignIns.OAKFIELD_TEACHER, "ADDRESS"))
			.isEqualTo(newAddressPage.replace(unknown, "ADDRESS"));
		assertThat(another.awaitEmail(DemoSignIns.OAKFIELD_TEACHER, lastSeen))
			.contains("Someone tried to register for Casework Portal with your email address");
		var wrong = another.submit("/register/professional/code", "/register/professional/code",
				Map.of("code", "1234 5678"));
		assertThat(errorSummary(wrong.document())).containsExactly(
				"The code is not right. Check the email and try again: you have 4 more tries left");
		assertThat(visitor.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD).redirectPath())
			.as("the owner's password is unchanged")
			.isEqualTo("/professional");
	}

	@Test
	void noSecretQuestionIsAsked_underTheStandardPolicy() {
		stepOne("/register/professional", professionalDetails());

		var page = visitor.get("/register/professional/email").document();

		assertThat(page.select("main form input:not([type=hidden])").eachAttr("name")).containsExactly("email",
				"password", "confirmPassword");
	}

	@Test
	void unknownRegistrantIsNotFound() {
		assertThat(visitor.get("/register/staff").status()).isEqualTo(404);
	}

	private Page stepOne(String path, Map<String, String> fields) {
		return visitor.submit(path, path, fields);
	}

	private Page stepTwo(String email, String password, String confirm) {
		return visitor.submit("/register/professional/email", "/register/professional/email",
				Map.of("email", email, "password", password, "confirmPassword", confirm));
	}

	private static Map<String, String> professionalDetails() {
		var details = new LinkedHashMap<String, String>();
		details.put("forename", "Peregrine");
		details.put("surname", "Ashdown");
		details.put("jobTitle", "Designated Teacher");
		details.put("organisation", "Oakfield Demo Primary");
		details.put("workAddress", "1 Demo Lane, Demo Town");
		details.put("workPhone", "01632 960 001");
		return details;
	}

	private String newestSubject() {
		return visitor.get("/demo-mailbox").document().select("tbody tr td:nth-child(2)").first().text();
	}

	private static List<String> errorSummary(Document page) {
		return page.select(".govuk-error-summary a").eachText();
	}

	private static String newEmail() {
		return "registrant-" + people.incrementAndGet() + "-" + System.nanoTime() + "@school.example.org";
	}

}
