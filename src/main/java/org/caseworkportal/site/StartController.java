package org.caseworkportal.site;

import java.time.Duration;

import org.caseworkportal.web.PublicPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, which sends each kind of user to their own portal, and the service's information pages. */
@Controller
class StartController {

	private final Duration sessionTimeout;

	StartController(@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
		this.sessionTimeout = sessionTimeout;
	}

	@PublicPage
	@GetMapping("/")
	String start() {
		return "site/start";
	}

	@PublicPage
	@GetMapping("/accessibility-statement")
	String accessibilityStatement() {
		return "site/accessibility-statement";
	}

	@PublicPage
	@GetMapping("/privacy-notice")
	String privacyNotice() {
		return "site/privacy-notice";
	}

	@PublicPage
	@GetMapping("/cookies")
	String cookies(Model model) {
		model.addAttribute("sessionTimeoutMinutes", sessionTimeout.toMinutes());
		return "site/cookies";
	}

}
