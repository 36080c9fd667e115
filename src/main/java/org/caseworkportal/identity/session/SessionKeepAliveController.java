package org.caseworkportal.identity.session;

import jakarta.servlet.http.HttpSession;

import org.caseworkportal.web.SignedIn;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Stay signed in" in the timeout warning: a request that does nothing but reach the server,
 * which restarts the session's idle time like any page would.
 */
@Controller
class SessionKeepAliveController {

	@SignedIn
	@PostMapping("/session/keep-alive")
	ResponseEntity<Void> keepAlive(HttpSession session) {
		// Asking for the session is what counts: Spring Session records this request as its last access.
		return ResponseEntity.noContent().build();
	}

}
