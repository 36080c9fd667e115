package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.caseworkportal.BrowserIntegrationTest;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.people.ChildId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole PEP as the people who do it would, in a real browser, each signing in with the code
 * emailed to them: the officer starts a PEP and sends it to the school; the Designated Teacher
 * fills it in, saves, downloads the PDF and submits; the officer returns it with a comment; the
 * teacher amends and resubmits; the officer accepts; the social worker finalises; the child's
 * record keeps the final PDF.
 */
@PortalIntegrationTest
class PepJourneyBrowserIntegrationTest extends BrowserIntegrationTest {

	private static final String AMEND = "Please add the college's attendance figure to the summary.";

	@Autowired
	TestChildren children;

	@Test
	void delegatedCompletedReturnedAmendedAcceptedAndFinalised() {
		ChildId child = children.inCareAtRiverside("Juno", "Journeyfield");
		String record = "/children/" + child.value();

		signInAs(DemoSignIns.VIRTUAL_SCHOOL_OFFICER);
		person.open("/children?search=Journeyfield");
		person.follow("Juno Journeyfield");
		person.follow("Start a PEP");
		LocalDate meeting = LocalDate.now(ZoneId.of("Europe/London")).plusDays(30);
		type("meetingDate-day", String.valueOf(meeting.getDayOfMonth()));
		type("meetingDate-month", String.valueOf(meeting.getMonthValue()));
		type("meetingDate-year", String.valueOf(meeting.getYear()));
		chooseRadio("Riverside Demo Academy");
		type("comments", "The review is at the college.");
		person.press("Start the PEP");
		String pep = path();
		assertThat(pep).matches("/peps/\\d+");
		assertThat(main()).contains("Being prepared");
		person.press("Send to the school");
		assertThat(main()).contains("With the school");

		signInAs(DemoSignIns.RIVERSIDE_TEACHER);
		person.open("/professional/tasks");
		person.follow("Juno Journeyfield");
		assertThat(path()).isEqualTo(pep);
		assertThat(main()).contains("Juno Journeyfield", "Valerie Schofield", "Virtual School",
				"The review is at the college.");
		completeEverySection(pep);
		assertThat(main()).contains("100%");
		assertThat(pdfBehind("Download PDF")).as("the PEP's PDF").isEqualTo("application/pdf");
		person.press("Submit contribution");
		assertThat(main()).contains("Recently submitted", "Juno Journeyfield");

		signInAs(DemoSignIns.VIRTUAL_SCHOOL_OFFICER);
		person.open("/staff/tasks");
		person.follow("Juno Journeyfield");
		assertThat(main()).contains("Quality rating");
		chooseRadio("Amber");
		chooseRadio("Return it to the school for amendment");
		type("comments", AMEND);
		person.press("Confirm your decision");
		assertThat(main()).contains("Returned for amendment");

		signInAs(DemoSignIns.RIVERSIDE_TEACHER);
		person.open("/professional/tasks");
		assertThat(main()).contains("Returned for amendment");
		person.follow("Juno Journeyfield");
		assertThat(main()).contains(AMEND);
		person.follow("Part 2: Summary of the PEP meeting");
		browser.findElement(By.cssSelector("main textarea")).sendKeys(" Attendance this term: 96%.");
		person.press("Save and continue");
		person.open(pep);
		person.press("Submit contribution");

		signInAs(DemoSignIns.VIRTUAL_SCHOOL_OFFICER);
		person.open(pep);
		assertThat(main()).contains("Attendance this term: 96%.");
		chooseRadio("Green");
		chooseRadio("Accept the PEP");
		person.press("Confirm your decision");
		assertThat(main()).contains("With the social worker");

		signInAs(TestChildren.SOCIAL_WORKER);
		person.open("/staff/tasks");
		person.follow("Juno Journeyfield");
		person.press("Finalise the PEP");
		assertThat(main()).contains("Finalised");

		person.open(record);
		assertThat(pdfBehind("Final PDF")).as("the final PEP kept on the record").isEqualTo("application/pdf");
	}

	private void signInAs(String email) {
		browser.manage().deleteAllCookies();
		person.signIn(email, DemoSignIns.PASSWORD);
	}

	/**
	 * Opens every section from the task page and answers each question it shows that has no
	 * answer yet, as a teacher in a hurry would, until every section is complete.
	 */
	private void completeEverySection(String pep) {
		for (int pass = 0; pass < 4; pass++) {
			person.open(pep);
			List<String> open = browser.findElements(By.cssSelector(".govuk-task-list__item--with-link"))
				.stream()
				.filter(item -> !item.findElement(By.cssSelector(".govuk-task-list__status")).getText().equals("Completed"))
				.map(item -> item.findElement(By.cssSelector("a")).getDomProperty("href"))
				.toList();
			if (open.isEmpty()) {
				person.open(pep);
				return;
			}
			open.forEach(this::answerAndContinue);
		}
		throw new AssertionError("Sections still not complete: " + main());
	}

	private void answerAndContinue(String section) {
		browser.get(section);
		for (int round = 0; round < 4 && browser.getCurrentUrl().equals(section); round++) {
			answerWhatIsUnanswered();
			person.press("Save and continue");
		}
		assertThat(browser.getCurrentUrl()).as(section + ": " + main()).isNotEqualTo(section);
	}

	private void answerWhatIsUnanswered() {
		WebElement main = browser.findElement(By.tagName("main"));
		for (WebElement group : main.findElements(By.cssSelector(".govuk-radios"))) {
			boolean answered = group.findElements(By.cssSelector("input[type=radio]")).stream().anyMatch(WebElement::isSelected);
			List<WebElement> labels = group.findElements(By.cssSelector(":scope > .govuk-radios__item > label"));
			if (!answered && !labels.isEmpty() && labels.get(0).isDisplayed()) {
				labels.get(labels.size() - 1).click();
			}
		}
		for (WebElement select : main.findElements(By.tagName("select"))) {
			if (select.isDisplayed() && select.getDomProperty("value").isEmpty()) {
				new Select(select).selectByIndex(1);
			}
		}
		for (WebElement date : main.findElements(By.cssSelector(".govuk-date-input"))) {
			List<WebElement> parts = date.findElements(By.tagName("input"));
			if (date.isDisplayed() && parts.get(0).getDomProperty("value").isEmpty()) {
				parts.get(0).sendKeys("1");
				parts.get(1).sendKeys("9");
				parts.get(2).sendKeys(String.valueOf(LocalDate.now().getYear() + 1));
			}
		}
		for (WebElement field : main.findElements(By.cssSelector("input[type=text]:not(.govuk-date-input__input), textarea"))) {
			if (field.isDisplayed() && field.getDomProperty("value").isEmpty()) {
				field.sendKeys("decimal".equals(field.getDomAttribute("inputmode")) ? "3"
						: field.getTagName().equals("textarea") ? "Settled at college and attending well." : "Ok");
			}
		}
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void chooseRadio(String label) {
		browser.findElement(By.xpath("//label[contains(normalize-space(), '" + label + "')]")).click();
	}

	/** Fetches the link's target in the page, as the browser would download it, and returns its content type. */
	private String pdfBehind(String linkText) {
		String href = browser.findElement(By.partialLinkText(linkText)).getDomProperty("href");
		return String.valueOf(browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(response => done(response.headers.get('Content-Type')))""", href));
	}

	private String path() {
		return browser.getCurrentUrl().substring(origin.length()).replaceAll("\\?.*", "");
	}

	private String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

}
