package org.caseworkportal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.webjars.WebJarVersionLocator;

/** The start page, the information pages and the layout every page shares, through the real security filters. */
@SpringBootTest
@AutoConfigureMockMvc
class SitePagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void startPageRoutesEachKindOfUserToTheirPortal() throws Exception {
		Document page = page("/");

		assertThat(page.selectFirst("h1").text()).isEqualTo("Casework Portal");
		assertThat(page.selectFirst("main a.govuk-button[href=/professional]").text())
			.isEqualTo("Go to the professional portal");
		assertThat(page.selectFirst("main a.govuk-button[href=/parent]").text()).isEqualTo("Go to the parent portal");
		assertThat(page.selectFirst("main a.govuk-button[href=/staff]").text()).isEqualTo("Go to the staff workspace");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/accessibility-statement", "/privacy-notice", "/cookies", "/sign-in", "/signed-out" })
	void publicPageUsesNothingFromAnotherHost(String path) throws Exception {
		PublicPages.assertSameOriginOnly(page(path));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/                        | Casework Portal – Demo Borough Council
			/accessibility-statement | Accessibility statement – Casework Portal – Demo Borough Council
			/privacy-notice          | Privacy notice – Casework Portal – Demo Borough Council
			/cookies                 | Cookies – Casework Portal – Demo Borough Council
			/sign-in                 | Sign in – Casework Portal – Demo Borough Council
			""")
	void pageTitleNamesThePageTheServiceAndTheCouncil(String path, String title) throws Exception {
		assertThat(page(path).title()).isEqualTo(title);
	}

	@Test
	void everyPageHasTheCouncilsHeaderPhaseBannerAndFooter() throws Exception {
		Document page = page("/cookies");

		assertThat(page.selectFirst("html").classNames()).contains("govuk-template");
		assertThat(page.body().classNames()).contains("govuk-template__body");
		assertThat(page.body().child(0).attr("src")).as("first in body sets js-enabled").isEqualTo("/javascripts/init.js");
		assertThat(page.selectFirst("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
		assertThat(page.selectFirst("main#main-content")).isNotNull();
		Element homepageLink = page.selectFirst(".govuk-header a.govuk-header__link--homepage");
		assertThat(homepageLink.text()).isEqualTo("Demo Borough Council");
		assertThat(homepageLink.attr("href")).isEqualTo("/");
		assertThat(page.select(".govuk-header svg, .govuk-header__logotype")).as("no crown").isEmpty();
		assertThat(page.selectFirst(".govuk-service-navigation__service-name").text()).isEqualTo("Casework Portal");
		assertThat(page.selectFirst(".govuk-phase-banner .govuk-tag").text()).isEqualTo("Beta");
		assertThat(page.select("footer a").eachAttr("href"))
			.containsExactly("/accessibility-statement", "/privacy-notice", "/cookies");
		assertThat(page.selectFirst("footer").text()).contains("© Demo Borough Council")
			.doesNotContain("Crown copyright")
			.doesNotContain("Open Government Licence");
	}

	@Test
	void demoSaysItsDataIsFictionalOnEveryPageAndLinksToTheDemoMailbox() throws Exception {
		for (String path : new String[] { "/", "/cookies", "/sign-in" }) {
			Element banner = page(path).selectFirst(".govuk-phase-banner");

			assertThat(banner.text()).contains("demonstration with fictional data");
			assertThat(banner.selectFirst("a[href=/demo-mailbox]").text()).isEqualTo("read the emails this demo sends");
		}
	}

	@Test
	void signedOutVisitorIsOfferedSignInAndNoSignOut() throws Exception {
		Document page = page("/");

		assertThat(page.select(".govuk-service-navigation a").eachText()).containsExactly("Casework Portal", "Sign in");
		assertThat(page.select("form[action=/sign-out]")).isEmpty();
	}

	@Test
	void signedInProfessionalGetsTheirHomeAndASignOutFormWithItsToken() throws Exception {
		PortalUser professional = account("Dana", "Teacher", Role.PROFESSIONAL);

		Document page = page("/", user(professional));

		Element navigation = page.selectFirst(".govuk-service-navigation");
		assertThat(navigation.selectFirst("a:contains(Home)").attr("href")).isEqualTo("/professional");
		assertThat(navigation.text()).contains("Signed in as Dana Teacher").doesNotContain("Camunda Cockpit");
		Element signOut = navigation.selectFirst("form[action=/sign-out]");
		assertThat(signOut.attr("method")).isEqualTo("post");
		assertThat(signOut.selectFirst("input[type=hidden][name=_csrf]").attr("value")).isNotBlank();
		assertThat(signOut.selectFirst("button").text()).isEqualTo("Sign out");
	}

	@Test
	void administratorGetsALinkToCamundaCockpit() throws Exception {
		PortalUser administrator = account("Ada", "Admin", Role.ADMIN);

		Element cockpit = page("/", user(administrator)).selectFirst(".govuk-service-navigation a:contains(Camunda Cockpit)");

		assertThat(cockpit.attr("href")).isEqualTo("/camunda/app/cockpit/default/");
	}

	@Test
	void signOutButtonInTheHeaderSignsOut() throws Exception {
		PortalUser parent = account("Pat", "Parent", Role.PARENT);

		mvc.perform(post("/sign-out").with(user(parent)).with(csrf())).andExpect(redirectedUrl("/signed-out"));
	}

	@Test
	void signInPageShowsItsErrorsThroughTheMacros() throws Exception {
		String html = mvc.perform(post("/sign-in").param("email", "").param("password", "").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = PublicPages.parse(html);
		assertThat(page.title()).isEqualTo("Error: Sign in – Casework Portal – Demo Borough Council");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#email", "#password");
		assertThat(page.selectFirst("#email").attr("aria-describedby")).isEqualTo("email-error");
		assertThat(page.selectFirst("#email-error").text()).isEqualTo("Error: Enter your email address");
	}

	@Test
	void stylesheetIsGovukFrontendWithoutGdsTransportCachedForAYear() throws Exception {
		String href = page("/").selectFirst("link[rel=stylesheet][href*=govuk-frontend]").attr("href");
		assertThat(href).isEqualTo("/stylesheets/govuk-frontend-" + new WebJarVersionLocator().version("govuk-frontend") + ".css");

		MockHttpServletResponse response = mvc.perform(get(href))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/css;charset=UTF-8"))
			.andReturn()
			.getResponse();

		String css = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(css).contains(".govuk-header{").contains("font-family:arial,sans-serif")
			.doesNotContain("GDS Transport")
			.doesNotContain("/assets/")
			.doesNotContain("@font-face")
			.doesNotContain("url(");
		assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
		mvc.perform(get(href).header("If-None-Match", response.getHeader("ETag"))).andExpect(status().isNotModified());
	}

	@Test
	void stylesheetOfAnotherGovukFrontendVersionIsNotFound() throws Exception {
		mvc.perform(get("/stylesheets/govuk-frontend-4.0.0.css")).andExpect(status().isNotFound());
	}

	@Test
	void everyScriptAndStylesheetAPageNamesIsServed() throws Exception {
		Document page = page("/");
		var assets = page.select("script[src], link[href]").stream()
			.map(element -> element.hasAttr("src") ? element.attr("src") : element.attr("href"))
			.toList();

		assertThat(assets).contains("/javascripts/init.js", "/javascripts/application.js",
				"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js", "/stylesheets/application.css", "/favicon.ico");
		for (String asset : assets) {
			mvc.perform(get(asset)).andExpect(status().isOk());
		}
		assertThat(page.select("script[type=module]").eachAttr("src"))
			.containsExactly("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js", "/javascripts/application.js");
	}

	@Test
	void faviconIsOurOwnNotTheCrown() throws Exception {
		byte[] ours = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		String govukFavicon = new WebJarVersionLocator().fullPath("govuk-frontend", "dist/govuk/assets/images/favicon.ico");
		try (InputStream crown = getClass().getClassLoader().getResourceAsStream(govukFavicon)) {
			assertThat(ours).isNotEmpty().isNotEqualTo(crown.readAllBytes());
		}
	}

	private Document page(String path, RequestPostProcessor... with) throws Exception {
		var request = get(path);
		for (RequestPostProcessor processor : with) {
			request.with(processor);
		}
		String html = mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return PublicPages.parse(html);
	}

	private PortalUser account(String forename, String surname, Role role) {
		String email = forename.toLowerCase() + "." + UUID.randomUUID() + "@demo-borough.example";
		accounts.open(new NewAccount(forename, surname, email, Set.of(role)), UUID.randomUUID().toString());
		return accounts.findByEmail(email).orElseThrow();
	}

}
