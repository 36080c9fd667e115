package org.caseworkportal.identity.session;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.caseworkportal.identity.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every signed-in page its session's timeout, which the layout hands to
 * {@code session-timeout.js} so the person is warned before an idle session ends. Taken from the
 * session itself, so the warning follows whatever timeout the session really has.
 */
@ControllerAdvice
class SessionTimeoutAdvice {

	private final SessionWarningProperties properties;

	SessionTimeoutAdvice(SessionWarningProperties properties) {
		this.properties = properties;
	}

	/** None for visitors who are not signed in, and for a session that never times out. */
	@ModelAttribute("sessionTimeout")
	SessionTimeout sessionTimeout(@AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
		var session = request.getSession(false);
		if (user == null || session == null || session.getMaxInactiveInterval() <= 0) {
			return null;
		}
		return SessionTimeout.of(Duration.ofSeconds(session.getMaxInactiveInterval()), properties.warningBefore());
	}

}
