package org.caseworkportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.web.AlreadyDone;
import org.caseworkportal.web.NotAllowed;
import org.caseworkportal.web.NotVisible;
import org.caseworkportal.web.Stale;
import org.caseworkportal.web.StaffOnly;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Error pages as a browser gets them: through the servlet container's error dispatch to Spring
 * Boot's error controller (which MockMvc does not do), with the layout and its model. Among them the
 * pages for web's exceptions, thrown here by {@link PagesThatThrow} as feature code throws them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesIntegrationTest.PagesThatThrow.class)
class ErrorPagesIntegrationTest {

	private static final String THROWN = "/staff/thrown";

	private static final String WHAT_HAPPENED = "This form has been submitted and can no longer be changed.";

	private static final String WHAT_CHANGED = "Someone else saved this form since you opened it.";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void missingPageIsPageNotFoundInTheCouncilsLayout() throws Exception {
		HttpResponse<String> response = get("/stylesheets/no-such-stylesheet.css", null);

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = PublicPages.parse(response.body());
		assertThat(page.title()).isEqualTo("Page not found – Casework Portal – Demo Borough Council");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst(".govuk-header__link--homepage").text()).isEqualTo("Demo Borough Council");
		assertThat(page.selectFirst(".govuk-phase-banner a[href=/demo-mailbox]")).isNotNull();
		PublicPages.assertSameOriginOnly(page);
	}

	@Test
	void signedInPersonKeepsTheirNavigationAndSignOutOnPageNotFound() throws Exception {
		String session = signedInSession(account(Role.SEN_CASEWORKER));

		HttpResponse<String> response = get("/staff/no-such-page", session);

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = PublicPages.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst(".govuk-service-navigation a:contains(Home)").attr("href")).isEqualTo("/staff");
		assertThat(page.selectFirst("form[action=/sign-out] input[name=_csrf]").attr("value")).isNotBlank();
	}

	@Test
	void signedInPersonWithoutTheRoleIsToldTheyDoNotHavePermission() throws Exception {
		PortalUser parent = account(Role.PARENT);

		HttpResponse<String> response = get("/staff", signedInSession(parent));

		assertThat(response.statusCode()).isEqualTo(403);
		Document page = PublicPages.parse(response.body());
		assertThat(page.title())
			.isEqualTo("You do not have permission to view this page – Casework Portal – Demo Borough Council");
		assertThat(page.selectFirst("main").text()).contains("You are signed in as " + parent.displayName());
		assertThat(page.selectFirst("main a:contains(Go to your home page)").attr("href")).isEqualTo("/parent");
		PublicPages.assertSameOriginOnly(page);
	}

	@Test
	void formSentWithoutItsTokenIsRefusedWithAPermissionPage() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/sign-out"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(403);
		Document page = PublicPages.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("You do not have permission to view this page");
		assertThat(page.selectFirst("main").text()).contains("your session may have ended");
	}

	@Test
	void anyOtherErrorSaysSorryThereIsAProblemWithTheService() throws Exception {
		HttpResponse<String> response = get("/error", null);

		assertThat(response.statusCode()).isEqualTo(500);
		Document page = PublicPages.parse(response.body());
		assertThat(page.title()).isEqualTo("Sorry, there is a problem with the service – Casework Portal – Demo Borough Council");
		assertThat(page.selectFirst("main").text()).contains("Try again later.");
		PublicPages.assertSameOriginOnly(page);
	}

	@Test
	void somethingNotVisibleIsAnsweredExactlyAsAnUnknownAddressIs() throws Exception {
		String session = signedInSession(account(Role.SEN_CASEWORKER));

		HttpResponse<String> notVisible = get(THROWN + "/not-visible", session);
		HttpResponse<String> unknown = get("/staff/no-such-page", session);

		assertThat(notVisible.statusCode()).isEqualTo(404);
		assertThat(withoutCsrfToken(notVisible.body())).isEqualTo(withoutCsrfToken(unknown.body()));
		assertThat(notVisible.headers().firstValue("Content-Type")).isEqualTo(unknown.headers().firstValue("Content-Type"));
	}

	@Test
	void anUnknownKindOfRegistrationIsPageNotFoundForSomeoneSignedOutToo() throws Exception {
		HttpResponse<String> notVisible = get("/register/no-such-kind", null);
		HttpResponse<String> unknown = get("/stylesheets/no-such-stylesheet.css", null);

		assertThat(notVisible.statusCode()).isEqualTo(404);
		assertThat(PublicPages.parse(notVisible.body()).selectFirst("main").outerHtml())
			.isEqualTo(PublicPages.parse(unknown.body()).selectFirst("main").outerHtml());
	}

	@Test
	void aStepDoneMeanwhileIsAConflictPageThatSaysWhatHappened() throws Exception {
		HttpResponse<String> response = get(THROWN + "/already-done", signedInSession(account(Role.SEN_CASEWORKER)));

		assertThat(response.statusCode()).isEqualTo(409);
		Document page = PublicPages.parse(response.body());
		assertThat(page.title()).isEqualTo("You cannot do this now – Casework Portal – Demo Borough Council");
		assertThat(page.selectFirst("h1").text()).isEqualTo("You cannot do this now");
		assertThat(page.select("main p").eachText()).contains(WHAT_HAPPENED);
		assertThat(page.selectFirst("main a:contains(Go to your home page)").attr("href")).isEqualTo("/staff");
		assertThat(page.selectFirst(".govuk-service-navigation a:contains(Home)").attr("href")).isEqualTo("/staff");
		PublicPages.assertSameOriginOnly(page);
	}

	@Test
	void aStepFromAnOutOfDatePageIsAConflictPageThatSaysWhatChanged() throws Exception {
		HttpResponse<String> response = get(THROWN + "/stale", signedInSession(account(Role.SEN_CASEWORKER)));

		assertThat(response.statusCode()).isEqualTo(409);
		Document page = PublicPages.parse(response.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("You cannot do this now");
		assertThat(page.select("main p").eachText()).contains(WHAT_CHANGED);
	}

	@Test
	void aScriptIsToldOfAConflictInJsonNotAPage() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(THROWN + "/already-done"))
			.header("Accept", "application/json")
			.header("Cookie", signedInSession(account(Role.SEN_CASEWORKER)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
	}

	@Test
	void somethingNotAllowedIsThePermissionPageTheSecurityRulesGive() throws Exception {
		String session = signedInSession(account(Role.SEN_CASEWORKER));

		HttpResponse<String> notAllowed = get(THROWN + "/not-allowed", session);
		HttpResponse<String> refused = get("/admin", session);

		assertThat(notAllowed.statusCode()).isEqualTo(refused.statusCode()).isEqualTo(403);
		assertThat(PublicPages.parse(notAllowed.body()).selectFirst("main").outerHtml())
			.isEqualTo(PublicPages.parse(refused.body()).selectFirst("main").outerHtml());
	}

	private HttpResponse<String> get(String path, String sessionCookie) throws Exception {
		var request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
		if (sessionCookie != null) {
			request.header("Cookie", sessionCookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** A session in the session store, signed in as the person, as the browser's cookie names it. */
	private String signedInSession(PortalUser user) {
		String id = save(sessions, new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
		return "PORTAL_SESSION=" + Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
	}

	private static <S extends Session> String save(SessionRepository<S> repository, SecurityContextImpl context) {
		S session = repository.createSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		repository.save(session);
		return session.getId();
	}

	private PortalUser account(Role role) {
		String email = role.name().toLowerCase() + "." + UUID.randomUUID() + "@demo-borough.example";
		accounts.open(new NewAccount("Sam", "Example", email, Set.of(role)), UUID.randomUUID().toString());
		return accounts.findByEmail(email).orElseThrow();
	}

	/** The page without the sign-out form's CSRF token, which is masked afresh on every page. */
	private static String withoutCsrfToken(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	/** Pages that throw each of web's exceptions, as feature code does. */
	@Controller
	static class PagesThatThrow {

		@StaffOnly
		@GetMapping(THROWN + "/not-visible")
		String notVisible() {
			throw new NotVisible();
		}

		@StaffOnly
		@GetMapping(THROWN + "/not-allowed")
		String notAllowed() {
			throw new NotAllowed();
		}

		@StaffOnly
		@GetMapping(THROWN + "/already-done")
		String alreadyDone() {
			throw new AlreadyDone(WHAT_HAPPENED);
		}

		@StaffOnly
		@GetMapping(THROWN + "/stale")
		String stale() {
			throw new Stale(WHAT_CHANGED);
		}

	}

}
