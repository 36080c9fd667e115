package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The hardening every response carries: pages with personal data are never stored by a browser
 * or proxy, no page can be framed, HTTPS is pinned once reached through the TLS proxy, and
 * signing in changes the session id.
 */
class SecurityHeadersIntegrationTest extends PortalVisitorTest {

	private static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void pagesWithPersonalDataAreNeverStored() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		var workspace = visitor.get("/staff");

		assertThat(workspace.body()).contains("Valerie Schofield");
		assertThat(workspace.header("Cache-Control")).isEqualTo(NO_STORE);
		assertThat(workspace.header("Pragma")).isEqualTo("no-cache");
		assertThat(workspace.header("Expires")).isEqualTo("0");
	}

	@Test
	void staticAssetsMayBeCached() {
		for (String asset : List.of("/stylesheets/application.css", "/javascripts/session-timeout.js",
				"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js")) {
			var response = visitor.get(asset);

			assertThat(response.status()).as(asset).isEqualTo(200);
			assertThat(response.header("Cache-Control")).as(asset).isNotEmpty().doesNotContain("no-store");
		}
	}

	@Test
	void aCachedStaticAssetIsRevalidatedWithoutBeingSentAgain() throws Exception {
		String lastModified = visitor.get("/javascripts/session-timeout.js").header("Last-Modified");

		var revalidated = send(HttpRequest.newBuilder(uri("/javascripts/session-timeout.js"))
			.header("If-Modified-Since", lastModified));

		assertThat(lastModified).isNotEmpty();
		assertThat(revalidated.statusCode()).isEqualTo(304);
	}

	@Test
	void noPortalPageCanBeFramed() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		for (String page : List.of("/", "/sign-in", "/staff")) {
			var response = visitor.get(page);

			assertThat(response.header("X-Frame-Options")).as(page).isEqualTo("DENY");
			assertThat(response.header("Content-Security-Policy")).as(page).contains("frame-ancestors 'none'");
		}
	}

	@Test
	void httpsThroughTheProxyIsPinnedWithHsts() throws Exception {
		var overHttps = send(HttpRequest.newBuilder(uri("/sign-in")).header("X-Forwarded-Proto", "https"));

		assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
	}

	@Test
	void plainHttpGetsNoHstsHeader() throws Exception {
		var overHttp = send(HttpRequest.newBuilder(uri("/sign-in")));

		assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void signingInChangesTheSessionIdAndTheOldOneNoLongerExists() {
		visitor.get("/sign-in");
		String before = visitor.cookie("PORTAL_SESSION");

		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		String after = visitor.cookie("PORTAL_SESSION");
		assertThat(before).isNotNull();
		assertThat(after).isNotNull().isNotEqualTo(before);
		assertThat(visitor.get("/staff").status()).isEqualTo(200);
		assertThat(sessions.findById(decoded(before))).isNull();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<Void> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
	}

	private static String decoded(String sessionCookie) {
		return new String(Base64.getDecoder().decode(sessionCookie), StandardCharsets.UTF_8);
	}

}
