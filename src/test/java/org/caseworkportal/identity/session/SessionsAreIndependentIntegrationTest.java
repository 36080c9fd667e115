package org.caseworkportal.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Each browser has its own session: one person's timeout (or sign-out) never ends another's,
 * not even when both signed in to the same account. The seeds' product ended everyone's session
 * on a shared school login when one of them timed out.
 */
class SessionsAreIndependentIntegrationTest extends PortalVisitorTest {

	private static final Duration LONGER_THAN_THE_TIMEOUT = Duration.ofMinutes(21);

	@Autowired
	SessionRepository<? extends Session> sessions;

	IdleSessions idle;

	PortalVisitor colleague;

	@BeforeEach
	void secondBrowser() {
		idle = new IdleSessions(sessions);
		colleague = new PortalVisitor(port);
	}

	@Test
	void oneUsersTimeoutLeavesAnotherUsersSessionAlone() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		colleague.signIn(DemoSignIns.SOCIAL_WORKER, DemoSignIns.PASSWORD);

		idle.leaveIdle(visitor, LONGER_THAN_THE_TIMEOUT);

		assertThat(visitor.get("/staff").redirectPath()).isEqualTo("/sign-in?session-ended");
		assertThat(colleague.get("/staff").status()).isEqualTo(200);
	}

	@Test
	void timeoutInOneBrowserLeavesTheSameAccountSignedInInAnother() {
		visitor.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);
		colleague.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);
		assertThat(IdleSessions.sessionId(visitor)).isNotEqualTo(IdleSessions.sessionId(colleague));

		idle.leaveIdle(visitor, LONGER_THAN_THE_TIMEOUT);

		assertThat(visitor.get("/professional").redirectPath()).isEqualTo("/sign-in?session-ended");
		var stillSignedIn = colleague.get("/professional");
		assertThat(stillSignedIn.status()).isEqualTo(200);
		assertThat(stillSignedIn.document().select("h1").text()).isEqualTo("Professional portal");
	}

	@Test
	void signingOutInOneBrowserLeavesTheSameAccountSignedInInAnother() {
		visitor.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);
		colleague.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);

		visitor.submit("/professional", "/sign-out", Map.of());

		assertThat(visitor.get("/professional").redirectPath()).isEqualTo("/sign-in");
		assertThat(colleague.get("/professional").status()).isEqualTo(200);
	}

}
