package org.caseworkportal.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in once both steps have succeeded, as Spring Security's own login filters do: a
 * new session id and CSRF token (so ones planted before sign-in are worthless), the security context
 * kept in the session, then back to the page that asked for sign-in or to the person's portal.
 */
@Component
class SignInCompletion {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SessionAuthenticationStrategy newSessionAndCsrfToken = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(),
					new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

	private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

	private final SignInSuccessHandler success = new SignInSuccessHandler();

	void signIn(PortalUser user, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		newSessionAndCsrfToken.onAuthentication(authentication, request, response);
		var context = contexts.createEmptyContext();
		context.setAuthentication(authentication);
		contexts.setContext(context);
		sessionContexts.saveContext(context, request, response);
		success.onAuthenticationSuccess(request, response, authentication);
	}

}
