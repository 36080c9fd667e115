package org.caseworkportal.identity.audit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for the sign-in throttle and the audit log. Behind a proxy
 * this is the address the proxy reports, not the proxy's own: {@code server.forward-headers-strategy}
 * in application.yml has the forwarding headers applied before the request reaches the portal.
 * Those headers are only trustworthy when the proxy replaces what the client sent, as
 * docker/nginx.conf does.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
