package org.caseworkportal.people.settings;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout to link to the schools and colleges for the people who manage them. */
@ControllerAdvice
class SettingsLinkAdvice {

	/** The settings list for Virtual School officers and administrators; nothing for anyone else. */
	@ModelAttribute("settingsUrl")
	String settingsUrl(@AuthenticationPrincipal PortalUser user) {
		boolean managesSettings = user != null && (user.hasRole(Role.VIRTUAL_SCHOOL) || user.hasRole(Role.ADMIN));
		return managesSettings ? SettingsController.SETTINGS : null;
	}

}
