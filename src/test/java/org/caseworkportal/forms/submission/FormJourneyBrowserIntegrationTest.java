package org.caseworkportal.forms.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.caseworkportal.BrowserIntegrationTest;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example visit form as the Virtual School officer fills it in, in a real browser with
 * JavaScript on: the draft saves itself a few seconds after a change (and Save pressed while it
 * does is not refused), the whole journey ends on the submitted form, and a page sent back with
 * errors puts focus on a summary whose links lead to the questions.
 */
@PortalIntegrationTest
class FormJourneyBrowserIntegrationTest extends BrowserIntegrationTest {

	private static final String FORM = "Example: record of a visit";

	private static final String WHY_NOT_SEEN = "whyNotSeen";

	private static final By AUTOSAVE_STATUS = By.cssSelector("[data-autosave-status]");

	@BeforeEach
	void startTheVisitFormForIsla() {
		person.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		person.open("/children?search=Placewood");
		person.follow("Isla Placewood");
		person.follow("Forms for Isla");
		List<WebElement> blank = browser.findElements(By.xpath("//form[.//button[normalize-space()='Start " + FORM
				+ "']]//label[normalize-space()='Start with a blank form']"));
		blank.forEach(WebElement::click);
		person.press("Start " + FORM);
		assertThat(heading()).isEqualTo(FORM);
	}

	@Test
	void aChangeSavesItselfWithoutPressingAButtonAndSaysSoWhenItCannot() {
		person.follow("About the visit");
		String section = browser.getCurrentUrl();
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Why was the child not seen?");

		choose("No");
		awaitDraftSaved();
		browser.navigate().refresh();

		assertThat(radio("No").isSelected()).isTrue();
		WebElement why = browser.findElement(By.id(WHY_NOT_SEEN));
		assertThat(why.isDisplayed()).isTrue();
		why.sendKeys("Away on a school trip");
		awaitDraftSaved();

		person.open("/staff");
		browser.get(section);
		assertThat(radio("No").isSelected()).isTrue();
		assertThat(browser.findElement(By.id(WHY_NOT_SEEN)).getDomProperty("value")).isEqualTo("Away on a school trip");

		// The session ends, as when the person signs out in another tab.
		browser.manage().deleteAllCookies();
		browser.findElement(By.id(WHY_NOT_SEEN)).sendKeys(" and back on Monday");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> !driver.findElement(AUTOSAVE_STATUS).getText().isEmpty());
		assertThat(browser.findElement(AUTOSAVE_STATUS).getText())
			.isEqualTo("Your draft could not be saved automatically. Select Save to keep your answers.");
	}

	@Test
	void pressingSaveWhileTheDraftIsSavingItselfIsNotTakenForSomeoneElsesSave() {
		person.follow("About the visit");
		browser.executeScript("""
				const send = window.fetch;
				window.fetch = (...request) => send(...request).then((response) => {
				  window.autosaveReachedTheServer = true;
				  return new Promise((arrive) => setTimeout(() => arrive(response), 2000));
				});""");

		choose("Yes");
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> Boolean.TRUE.equals(browser.executeScript("return window.autosaveReachedTheServer")));
		person.press("Save");

		assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).extracting(WebElement::getText).isEmpty();
		assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Your answers have been saved.");
		assertThat(radio("Yes").isSelected()).isTrue();
	}

	@Test
	void theWholeFormIsFilledInCheckedAndSubmitted() {
		person.follow("About the visit");
		type("visitDate-day", "3");
		type("visitDate-month", "11");
		type("visitDate-year", "2026");
		choose("Yes");
		choose("4");
		person.press("Save and continue");

		assertThat(heading()).isEqualTo("Actions");
		person.press("Add action");
		browser.findElement(By.cssSelector("input[name='actions[0].action']")).sendKeys("Book a tutor");
		person.press("Save and continue");

		assertThat(heading()).isEqualTo(FORM);
		assertThat(browser.findElement(By.cssSelector(".app-progress__label")).getText()).isEqualTo("100% complete");
		person.follow("Check your answers");
		assertThat(heading()).isEqualTo("Check your answers before submitting");
		browser.findElement(By.xpath("//label[normalize-space()='I agree']")).click();
		person.press("Accept and submit");

		assertThat(browser.findElement(By.cssSelector(".govuk-panel__title")).getText()).isEqualTo("Form submitted");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Isla Placewood", "3 November 2026", "Yes",
				"Book a tutor");
		assertThat(browser.findElement(By.linkText("Download as PDF")).getDomProperty("href")).endsWith("/pdf");
	}

	@Test
	void aPageWithErrorsFocusesTheSummaryWhoseLinksLeadToTheQuestions() {
		person.follow("About the visit");

		person.press("Save and continue");

		WebElement summary = browser.findElement(By.cssSelector(".govuk-error-summary"));
		assertThat(summary.getText()).contains("There is a problem", "Enter an answer to 'Date of the visit'");
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(driver -> (Boolean) browser.executeScript(
					"return document.activeElement.closest('.govuk-error-summary') !== null"));
		String href = summary.findElement(By.cssSelector(".govuk-error-summary__list a")).getDomProperty("href");
		assertThat(href).contains("#");
		String target = href.substring(href.indexOf('#') + 1);
		assertThat(browser.findElements(By.id(target))).as("the element #%s the first error links to", target)
			.hasSize(1);
	}

	private void awaitDraftSaved() {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> driver.findElement(AUTOSAVE_STATUS).getText().startsWith("Draft saved at "));
	}

	private void choose(String label) {
		browser.findElement(By.xpath("//label[normalize-space()='" + label + "']")).click();
	}

	private WebElement radio(String label) {
		return browser.findElement(By.id(browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"))
			.getDomAttribute("for")));
	}

	private void type(String field, String text) {
		browser.findElement(By.id(field)).sendKeys(text);
	}

	private String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

}
