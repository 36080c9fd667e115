package org.caseworkportal.identity;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

/**
 * A sign-in whose password was right and whose emailed code is awaited, as this browser's
 * session remembers it. Only this session can complete it.
 */
record PendingSignIn(String id, String email) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final String ATTRIBUTE = PendingSignIn.class.getName();

	static PendingSignIn in(HttpSession session) {
		return session == null ? null : (PendingSignIn) session.getAttribute(ATTRIBUTE);
	}

	void keepIn(HttpSession session) {
		session.setAttribute(ATTRIBUTE, this);
	}

	static void forget(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

}
