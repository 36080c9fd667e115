package org.caseworkportal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After signing in, go back to the page that asked for it, or to the person's own portal. */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (authentication.getPrincipal() instanceof PortalUser user) {
			return user.portal().homePath();
		}
		return super.determineTargetUrl(request, response, authentication);
	}

}
