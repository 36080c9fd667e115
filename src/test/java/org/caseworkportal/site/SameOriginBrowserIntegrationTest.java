package org.caseworkportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.caseworkportal.BrowserIntegrationTest;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * In a real browser, every resource a page loads (stylesheets, scripts, fonts, images) comes
 * from the portal itself, including Camunda Cockpit.
 */
@PortalIntegrationTest
class SameOriginBrowserIntegrationTest extends BrowserIntegrationTest {

	private static final String LOADED_RESOURCES = "return performance.getEntriesByType('resource').map(e => e.name)";

	@Test
	void publicPagesLoadNothingFromAnotherHost() {
		for (String page : List.of("/", "/sign-in", "/accessibility-statement", "/privacy-notice", "/cookies")) {
			browser.get(origin + page);

			assertThat(resourcesLoaded()).as(page).isNotEmpty().allMatch(url -> url.startsWith(origin + "/"));
		}
	}

	@Test
	void signedInAdministratorPagesAndCockpitLoadNothingFromAnotherHost() {
		person.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		assertThat(browser.getCurrentUrl()).isEqualTo(origin + "/staff");
		assertThat(resourcesLoaded()).allMatch(url -> url.startsWith(origin + "/"));

		browser.get(origin + "/camunda/app/cockpit/default/");
		assertThat(browser.getTitle()).contains("Cockpit");
		assertThat(resourcesLoaded()).isNotEmpty().allMatch(url -> url.startsWith(origin + "/"));
	}

	@SuppressWarnings("unchecked")
	private List<String> resourcesLoaded() {
		return (List<String>) browser.executeScript(LOADED_RESOURCES);
	}

}
