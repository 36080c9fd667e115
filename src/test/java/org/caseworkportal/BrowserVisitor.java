package org.caseworkportal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in a real browser that many browser tests need: signing in through the
 * pages, and reading emailed codes in the demo mailbox as a newcomer to the demo would.
 */
public final class BrowserVisitor {

	private static final Pattern EMAILED_CODE = Pattern.compile("\\b\\d{4} \\d{4}\\b");

	private final WebDriver browser;

	private final String origin;

	public BrowserVisitor(WebDriver browser, int port) {
		this.browser = browser;
		this.origin = "http://localhost:" + port;
	}

	public String origin() {
		return origin;
	}

	public void open(String path) {
		browser.get(origin + path);
	}

	/** Email and password, then the code from the demo mailbox; ends on the page sign-in leads to. */
	public void signIn(String email, String password) {
		long lastSeen = newestEmailId(email);
		open("/sign-in");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
		String code = awaitCode(email, lastSeen);
		open("/sign-in/code");
		browser.findElement(By.id("code")).sendKeys(code);
		press("Verify");
	}

	/**
	 * Presses a button that submits a form and waits for the page it leads to: a click can return
	 * before the browser has left the page, and the caller looks at the next one.
	 */
	public void press(String button) {
		leaveBy(browser.findElement(By.xpath("//button[normalize-space()='" + button + "']")));
	}

	/** Follows a link and waits for the page it leads to. */
	public void follow(String linkText) {
		leaveBy(browser.findElement(By.linkText(linkText)));
	}

	private void leaveBy(WebElement element) {
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> gone(element));
	}

	/**
	 * Whether the element has left the page. ChromeDriver sometimes says so with "Node with given
	 * id does not belong to the document" instead of a stale element reference.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException left) {
			return true;
		}
	}

	/**
	 * The id of the newest email in the demo mailbox for this address, 0 when none: the highest,
	 * whatever order the page shows them in.
	 */
	public long newestEmailId(String email) {
		open("/demo-mailbox");
		return browser.findElements(By.cssSelector("tbody tr"))
			.stream()
			.filter(row -> row.findElement(By.cssSelector("td")).getText().equalsIgnoreCase(email))
			.map(row -> row.findElement(By.cssSelector("a")).getAttribute("href"))
			.mapToLong(href -> Long.parseLong(href.substring(href.lastIndexOf('/') + 1)))
			.max()
			.orElse(0);
	}

	/** Opens the demo mailbox until a newer email than {@code lastSeen} arrives, and reads its code. */
	public String awaitCode(String email, long lastSeen) {
		long newest = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> newestEmailId(email), id -> id > lastSeen);
		open("/demo-mailbox/" + newest);
		WebElement body = browser.findElement(By.id("message-body"));
		Matcher code = EMAILED_CODE.matcher(body.getText());
		if (!code.find()) {
			throw new IllegalStateException("No code in the email: " + body.getText());
		}
		return code.group();
	}

}
