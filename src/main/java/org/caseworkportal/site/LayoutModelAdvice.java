package org.caseworkportal.site;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the service's names, who is signed in and what the header
 * offers them, and whether this is the demonstration. Spring Boot's error controller gets these
 * too, but the layout copes without them.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final PortalProperties portal;

	private final ContactProperties contact;

	private final boolean demo;

	LayoutModelAdvice(PortalProperties portal, ContactProperties contact, Environment environment) {
		this.portal = portal;
		this.contact = contact;
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@ModelAttribute("portal")
	PortalProperties portal() {
		return portal;
	}

	@ModelAttribute("contact")
	ContactProperties contact() {
		return contact;
	}

	@ModelAttribute("currentUser")
	PortalUser currentUser(@AuthenticationPrincipal PortalUser user) {
		return user;
	}

	/** Whether the header links to Camunda Cockpit. */
	@ModelAttribute("administrator")
	boolean administrator(@AuthenticationPrincipal PortalUser user) {
		return user != null && user.hasRole(Role.ADMIN);
	}

	/** The demo profile: every page says its data is fictional and links to the demo mailbox. */
	@ModelAttribute("demo")
	boolean demo() {
		return demo;
	}

}
