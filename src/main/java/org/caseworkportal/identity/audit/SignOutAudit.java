package org.caseworkportal.identity.audit;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.PortalUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records each sign-out. Spring Security's logout (POST /sign-out) publishes
 * {@link LogoutSuccessEvent} while it handles the request, on the request's thread, so the
 * request's address is still at hand.
 */
@Component
class SignOutAudit {

	private final AccountEvents events;

	SignOutAudit(AccountEvents events) {
		this.events = events;
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		var authentication = event.getAuthentication();
		AccountId account = authentication.getPrincipal() instanceof PortalUser user ? user.id() : null;
		events.record(AccountEventType.SIGNED_OUT, authentication.getName(), account, currentClientAddress(), "Signed out");
	}

	private static String currentClientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? ClientAddress.of(request.getRequest()) : "";
	}

}
