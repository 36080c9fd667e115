package org.caseworkportal.identity.session;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends someone who must sign in to the sign-in page, adding {@code ?session-ended} when their
 * browser still holds a session that has timed out, so the page can say why. Works without
 * JavaScript: the browser sends the expired session's cookie with its next request. Signing out
 * deletes the cookie, so a signed-out browser is not taken for a timed-out one.
 */
public final class SessionEndedEntryPoint implements AuthenticationEntryPoint {

	/** The query parameter the sign-in page is given when a session has ended. */
	public static final String SESSION_ENDED = "session-ended";

	private final AuthenticationEntryPoint signIn;

	private final AuthenticationEntryPoint sessionEnded;

	public SessionEndedEntryPoint(String signInUrl) {
		this.signIn = new LoginUrlAuthenticationEntryPoint(signInUrl);
		this.sessionEnded = new LoginUrlAuthenticationEntryPoint(signInUrl + "?" + SESSION_ENDED);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		(sessionHasEnded(request) ? sessionEnded : signIn).commence(request, response, authException);
	}

	private static boolean sessionHasEnded(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

}
