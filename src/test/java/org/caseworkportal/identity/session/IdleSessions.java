package org.caseworkportal.identity.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.caseworkportal.PortalVisitor;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Leaves a visitor's browser alone for a while, as far as the server can tell: moves their
 * session's last access back in the session store, which is what an idle person's session looks
 * like, without waiting.
 */
final class IdleSessions {

	static final String SESSION_COOKIE = "PORTAL_SESSION";

	private final SessionRepository<? extends Session> sessions;

	IdleSessions(SessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void leaveIdle(PortalVisitor visitor, Duration idle) {
		moveLastAccessBack(sessions, sessionId(visitor), idle);
	}

	boolean exists(String sessionId) {
		return sessions.findById(sessionId) != null;
	}

	/** The id of the session the visitor's cookie names (Spring Session writes it Base64-encoded). */
	static String sessionId(PortalVisitor visitor) {
		String cookie = visitor.cookie(SESSION_COOKIE);
		if (cookie == null) {
			throw new IllegalStateException("The visitor holds no session cookie");
		}
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private static <S extends Session> void moveLastAccessBack(SessionRepository<S> repository, String id,
			Duration idle) {
		S session = repository.findById(id);
		if (session == null) {
			throw new IllegalStateException("No live session " + id);
		}
		session.setLastAccessedTime(session.getLastAccessedTime().minus(idle));
		repository.save(session);
	}

}
