package org.caseworkportal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test of the running portal in a real browser (headless Chromium), opened afresh for each
 * test. Subclasses say which portal they run with {@link PortalIntegrationTest}.
 */
public abstract class BrowserIntegrationTest {

	@LocalServerPort
	protected int port;

	protected ChromeDriver browser;

	protected BrowserVisitor person;

	protected String origin;

	@BeforeEach
	void openBrowser() {
		browser = HeadlessChromium.start();
		person = new BrowserVisitor(browser, port);
		origin = person.origin();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

}
