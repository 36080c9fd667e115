package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseworkportal.BrowserIntegrationTest;
import org.caseworkportal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A new professional, in a real browser and through the pages only: from the start page to
 * registering, confirming the email with its code, signing in with a second code and reaching
 * the professional portal's home page.
 */
@PortalIntegrationTest
class RegistrationBrowserIntegrationTest extends BrowserIntegrationTest {

	@Test
	void newProfessionalRegistersAndSignsIn() {
		String email = "new.teacher." + System.nanoTime() + "@school.example.org";
		String password = "kestrel meadow lantern 58";
		long lastSeen = person.newestEmailId(email);

		person.open("/sign-in");
		person.follow("register for a professional account");
		type("forename", "Hollis");
		type("surname", "Quarrington");
		type("jobTitle", "Designated Teacher");
		type("organisation", "Riverside Demo Academy");
		type("workAddress", "2 Demo Road, Demo Town");
		type("workPhone", "01632 960 002");
		person.press("Next");
		type("email", email);
		type("password", password);
		type("confirmPassword", password);
		person.press("Next");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your email");
		String code = person.awaitCode(email, lastSeen);
		person.open("/register/professional/code");
		type("code", code);
		person.press("Next");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your account has been created");

		person.signIn(email, password);

		assertThat(browser.getCurrentUrl()).isEqualTo(person.origin() + "/professional");
		assertThat(browser.findElement(By.cssSelector(".govuk-service-navigation")).getText()).contains("Hollis Quarrington");
	}

	private void type(String field, String text) {
		browser.findElement(By.id(field)).sendKeys(text);
	}

}
