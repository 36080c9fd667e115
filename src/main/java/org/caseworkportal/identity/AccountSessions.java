package org.caseworkportal.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ending an account's sessions, on every node: after its password changes, or when an
 * administrator switches it off. Sessions are indexed by the signed-in principal's name, which is
 * the account's email address as stored. Spring Session deletes in a transaction of its own;
 * should the caller's change then fail, the sessions stay ended, which is the safe way round.
 */
@Component
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** @param keepSessionId the session to leave signed in, or null to end them all */
	public void endAll(String email, String keepSessionId) {
		sessions.findByPrincipalName(EmailAddresses.normalise(email))
			.keySet()
			.stream()
			.filter(sessionId -> !sessionId.equals(keepSessionId))
			.forEach(sessions::deleteById);
	}

}
