package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.TestSmtpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A professional's whole account life over real SMTP (GreenMail), as production sends it:
 * registering with the emailed code, signing in with another, resetting a forgotten password
 * through the emailed link. Each step lands in the account audit log.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "portal.mail.smtp.tls=NONE")
class AccountJourneysOverSmtpIntegrationTest {

	private static final Pattern CODE = Pattern.compile("\\b\\d{4} \\d{4}\\b");

	private static final Pattern RESET_LINK = Pattern.compile("https?://\\S+/reset-password/[A-Za-z0-9_-]{43}");

	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(TestSmtpServer.SETUP);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		TestSmtpServer.sendMailHere(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	PortalVisitor visitor;

	String email;

	@BeforeEach
	void newPerson() {
		visitor = new PortalVisitor(port);
		email = "smtp-" + System.nanoTime() + "@school.example.org";
	}

	@Test
	void registerSignInAndResetAForgottenPassword() {
		String password = "harrier willow ember 27";
		visitor.submit("/register/professional", "/register/professional",
				Map.of("forename", "Odile", "surname", "Penhallow", "jobTitle", "Designated Teacher", "organisation",
						"Riverside Demo Academy", "workAddress", "2 Demo Road", "workPhone", "01632 960 003"));
		visitor.submit("/register/professional/email", "/register/professional/email",
				Map.of("email", email, "password", password, "confirmPassword", password));
		String registrationCode = find(CODE, awaitEmail("Please verify your email address", 1));
		assertThat(visitor.submit("/register/professional/code", "/register/professional/code",
				Map.of("code", registrationCode)).redirectPath()).isEqualTo("/register/professional/done");

		visitor.submit("/sign-in", "/sign-in", Map.of("email", email, "password", password));
		String signInCode = find(CODE, awaitEmail("Your code for Casework Portal sign-in", 1));
		assertThat(visitor.submit("/sign-in/code", "/sign-in/code", Map.of("code", signInCode)).redirectPath())
			.isEqualTo("/professional");

		var forgetful = new PortalVisitor(port);
		forgetful.submit("/forgotten-password", "/forgotten-password", Map.of("email", email));
		String link = find(RESET_LINK, awaitEmail("Reset your Casework Portal password", 1));
		assertThat(link).startsWith("http://localhost:8080/reset-password/");
		String path = link.substring(link.indexOf("/reset-password/"));
		String newPassword = "osprey lantern granite 73";
		assertThat(forgetful.submit(path, path, Map.of("password", newPassword, "confirmPassword", newPassword))
			.document()
			.select("h1")
			.text()).isEqualTo("Your password has been changed");
		awaitEmail("Your Casework Portal password has been changed", 1);
		assertThat(visitor.get("/professional").redirectPath()).as("the reset ended this session").startsWith("/sign-in");

		assertThat(auditedEvents()).containsSubsequence("REGISTERED", "VERIFIED", "CODE_SENT", "SIGNED_IN",
				"PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
	}

	@Test
	void registeringAgainWithAnAddressThatHasAnAccountEmailsItsOwner() {
		String password = "bracken sundial copper 61";
		visitor.submit("/register/parent", "/register/parent", Map.of("forename", "Lowen", "surname", "Trevail"));
		String parentPassword = password + " meadow";
		visitor.submit("/register/parent/email", "/register/parent/email",
				Map.of("email", email, "password", parentPassword, "confirmPassword", parentPassword));
		String code = find(CODE, awaitEmail("Please verify your email address", 1));
		visitor.submit("/register/parent/code", "/register/parent/code", Map.of("code", code));

		var someoneElse = new PortalVisitor(port);
		someoneElse.submit("/register/parent", "/register/parent", Map.of("forename", "Not", "surname", "Them"));
		var page = someoneElse.submit("/register/parent/email", "/register/parent/email",
				Map.of("email", email, "password", parentPassword, "confirmPassword", parentPassword));

		assertThat(page.redirectPath()).isEqualTo("/register/parent/code");
		assertThat(GreenMailUtil.getBody(awaitEmail("Someone tried to register with your email address", 1)))
			.contains("already has an account");
		assertThat(messages("Please verify your email address")).hasSize(1);
	}

	private List<String> auditedEvents() {
		return jdbc.sql("select type from account_event where email = :email order by id")
			.param("email", email)
			.query(String.class)
			.list();
	}

	/** Waits for the count'th email to this test's address with the subject, and returns it. */
	private MimeMessage awaitEmail(String subject, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> messages(subject).size() >= count);
		return messages(subject).get(count - 1);
	}

	private List<MimeMessage> messages(String subject) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
			try {
				return subject.equals(message.getSubject())
						&& message.getRecipients(RecipientType.TO)[0].toString().equalsIgnoreCase(email);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String find(Pattern pattern, MimeMessage message) {
		Matcher found = pattern.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
		assertThat(found.find()).as("%s in the email", pattern).isTrue();
		return found.group();
	}

}
