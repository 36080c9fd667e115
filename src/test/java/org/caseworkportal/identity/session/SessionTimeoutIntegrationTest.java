package org.caseworkportal.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * A session ends after 20 minutes without a request, JavaScript or not, and the sign-in page is
 * then told why; "Stay signed in" restarts the 20 minutes.
 */
class SessionTimeoutIntegrationTest extends PortalVisitorTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(20);

	@Autowired
	SessionRepository<? extends Session> sessions;

	IdleSessions idle;

	@BeforeEach
	void idleSessions() {
		idle = new IdleSessions(sessions);
	}

	@Test
	void sessionIdleForTwentyMinutesHasEndedAndTheSignInPageIsToldSo() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		idle.leaveIdle(visitor, TIMEOUT.plusSeconds(1));

		assertThat(visitor.get("/staff").redirectPath()).isEqualTo("/sign-in?session-ended");
		assertThat(visitor.get("/sign-in?session-ended").document().select(".govuk-notification-banner").text())
			.contains("Your session has ended");
	}

	@Test
	void sessionIdleForJustUnderTwentyMinutesIsStillSignedIn() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		idle.leaveIdle(visitor, TIMEOUT.minusSeconds(5));

		assertThat(visitor.get("/staff").status()).isEqualTo(200);
	}

	@Test
	void everyPageRestartsTheIdleTime() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		idle.leaveIdle(visitor, Duration.ofMinutes(15));
		assertThat(visitor.get("/staff").status()).isEqualTo(200);
		idle.leaveIdle(visitor, Duration.ofMinutes(15));

		assertThat(visitor.get("/staff").status()).isEqualTo(200);
	}

	@Test
	void visitorWhoNeverSignedInIsNotToldTheirSessionEnded() {
		assertThat(visitor.get("/staff").redirectPath()).isEqualTo("/sign-in");
		visitor.get("/sign-in");
		assertThat(visitor.get("/staff").redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void signingOutDeletesTheSessionCookieSoTheBrowserIsNotTakenForATimedOutOne() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		var signedOut = visitor.submit("/staff", "/sign-out", Map.of());

		assertThat(signedOut.response().headers().allValues("Set-Cookie"))
			.anyMatch(cookie -> cookie.startsWith(IdleSessions.SESSION_COOKIE + "=;") && cookie.contains("Max-Age=0"));
		assertThat(visitor.cookie(IdleSessions.SESSION_COOKIE)).isNull();
		assertThat(visitor.get("/staff").redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void staySignedInRestartsTheIdleTime() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		String csrf = visitor.get("/staff").document().select("form[action=/sign-out] input[name=_csrf]").val();

		idle.leaveIdle(visitor, Duration.ofMinutes(15));
		var kept = visitor.post("/session/keep-alive", Map.of("_csrf", csrf));
		idle.leaveIdle(visitor, Duration.ofMinutes(15));

		assertThat(kept.status()).isEqualTo(204);
		assertThat(visitor.get("/staff").status()).isEqualTo(200);
	}

	@Test
	void withoutStaySignedInTheSameIdleTimeEndsTheSession() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		idle.leaveIdle(visitor, Duration.ofMinutes(15));
		idle.leaveIdle(visitor, Duration.ofMinutes(15));

		assertThat(visitor.get("/staff").redirectPath()).isEqualTo("/sign-in?session-ended");
	}

	@Test
	void keepAliveNeedsTheCsrfToken() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		assertThat(visitor.post("/session/keep-alive", Map.of()).status()).isEqualTo(403);
		assertThat(visitor.post("/session/keep-alive", Map.of("_csrf", "not-the-token")).status()).isEqualTo(403);
	}

	@Test
	void keepAliveNeedsSomeoneSignedIn() {
		var kept = visitor.submit("/sign-in", "/session/keep-alive", Map.of());

		assertThat(kept.status()).isEqualTo(302);
		assertThat(kept.redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void keepAliveAfterTheSessionEndedDoesNotBringItBack() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		String csrf = visitor.get("/staff").document().select("form[action=/sign-out] input[name=_csrf]").val();
		idle.leaveIdle(visitor, TIMEOUT.plusSeconds(1));

		assertThat(visitor.post("/session/keep-alive", Map.of("_csrf", csrf)).status()).isNotEqualTo(204);
		assertThat(visitor.get("/staff").status()).isNotEqualTo(200);
	}

	@Test
	void signedInPagesGiveTheirTimeoutToTheWarningScript() {
		visitor.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);

		var page = visitor.get("/professional").document();

		assertThat(page.body().attr("data-session-timeout-seconds")).isEqualTo("1200");
		assertThat(page.body().attr("data-session-warning-seconds")).isEqualTo("120");
		assertThat(page.select("script[type=module][src=/javascripts/session-timeout.js]")).hasSize(1);
	}

	@Test
	void pagesForVisitorsWhoAreNotSignedInHaveNoTimeoutWarning() {
		for (String path : new String[] { "/", "/sign-in" }) {
			var page = visitor.get(path).document();

			assertThat(page.body().hasAttr("data-session-timeout-seconds")).as(path).isFalse();
			assertThat(page.select("script[src=/javascripts/session-timeout.js]")).as(path).isEmpty();
		}
	}

}
