package org.caseworkportal.identity;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

/**
 * What someone has given so far on the registration pages, kept in their session until the
 * emailed code confirms it. Never holds the password.
 */
record RegistrationDraft(Registrant registrant, String forename, String surname, WorkDetails work, String email,
		String pendingId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private static final String ATTRIBUTE = RegistrationDraft.class.getName();

	static RegistrationDraft in(HttpSession session, Registrant registrant) {
		Object draft = session == null ? null : session.getAttribute(ATTRIBUTE);
		return draft instanceof RegistrationDraft found && found.registrant() == registrant ? found : null;
	}

	RegistrationDraft withEmail(String email, String pendingId) {
		return new RegistrationDraft(registrant, forename, surname, work, email, pendingId);
	}

	String fullName() {
		return forename + " " + surname;
	}

	void keepIn(HttpSession session) {
		session.setAttribute(ATTRIBUTE, this);
	}

	static void forget(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

}
