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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Error pages as a browser gets them: through the servlet container's error dispatch to Spring
 * Boot's error controller (which MockMvc does not do), with the layout and its model.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesIntegrationTest {

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

}
