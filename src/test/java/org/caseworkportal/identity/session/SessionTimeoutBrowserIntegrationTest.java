package org.caseworkportal.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.caseworkportal.BrowserIntegrationTest;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * The timeout warning in a real browser, with the 20 minutes and 2 minutes shrunk to 9 and 4
 * seconds: the dialog opens with focus inside it, "Stay signed in" and Escape keep the session
 * past the time it would have ended, and a session left alone ends on the sign-in page.
 */
@PortalIntegrationTest
@TestPropertySource(properties = { "server.servlet.session.timeout=" + SessionTimeoutBrowserIntegrationTest.TIMEOUT_SECONDS + "s",
		"portal.session.warning-before=" + SessionTimeoutBrowserIntegrationTest.WARNING_SECONDS + "s" })
class SessionTimeoutBrowserIntegrationTest extends BrowserIntegrationTest {

	static final int TIMEOUT_SECONDS = 9;

	static final int WARNING_SECONDS = 4;

	private static final By DIALOG = By.cssSelector("dialog[open]");

	@Test
	void warningKeepsTheSessionWhenAskedAndEndsItOtherwise() {
		signIn();
		assertThat(browser.getCurrentUrl()).isEqualTo(origin + "/staff");
		WebElement home = browser.findElement(By.linkText("Home"));
		browser.executeScript("arguments[0].focus()", home);

		WebElement dialog = waitForTheWarning();
		assertThat(dialog.getAttribute("role")).isEqualTo("dialog");
		assertThat(dialog.getAttribute("aria-modal")).isEqualTo("true");
		assertThat(browser.executeScript("return arguments[0].matches(':modal')", dialog)).isEqualTo(true);
		assertThat(dialog.findElement(By.id(dialog.getAttribute("aria-labelledby"))).getText())
			.isEqualTo("You're about to be signed out");
		assertThat(dialog.getText()).containsPattern("For your security, we will sign you out in [1-4] seconds?\\.");
		assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Stay signed in");

		dialog.findElement(By.xpath(".//button[text()='Stay signed in']")).click();
		waitUntilTheWarningCloses();
		assertThat(browser.switchTo().activeElement()).isEqualTo(home);

		// Opens again only after the session, had it not been kept, would have ended.
		waitForTheWarning();
		browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		waitUntilTheWarningCloses();
		assertThat(browser.getCurrentUrl()).isEqualTo(origin + "/staff");

		browser.get(origin + "/staff");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff workspace");

		new WebDriverWait(browser, Duration.ofSeconds(TIMEOUT_SECONDS * 2))
			.until(driver -> driver.getCurrentUrl().endsWith("/sign-in?session-ended"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
		assertThat(browser.findElement(By.className("govuk-notification-banner")).getText())
			.contains("Your session has ended");
	}

	@Test
	void signOutInTheWarningSignsOut() {
		signIn();

		waitForTheWarning().findElement(By.xpath(".//button[text()='Sign out']")).click();

		new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> driver.getCurrentUrl().endsWith("/signed-out"));
		browser.get(origin + "/staff");
		assertThat(browser.getCurrentUrl()).isEqualTo(origin + "/sign-in");
	}

	private void signIn() {
		person.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
	}

	private WebElement waitForTheWarning() {
		return new WebDriverWait(browser, Duration.ofSeconds(TIMEOUT_SECONDS))
			.until(driver -> driver.findElements(DIALOG).stream().findFirst().orElse(null));
	}

	private void waitUntilTheWarningCloses() {
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> driver.findElements(DIALOG).isEmpty());
	}

}
