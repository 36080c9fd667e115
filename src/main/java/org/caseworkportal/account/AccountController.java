package org.caseworkportal.account;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.People;
import org.caseworkportal.web.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in person's own account: who the portal knows them as, what they may do, the
 * settings they are a member of, and where to change their password. A module of its own because
 * it shows both accounts (identity) and settings (people).
 */
@Controller
class AccountController {

	static final String ACCOUNT = "/account";

	private final People people;

	AccountController(People people) {
		this.people = people;
	}

	@SignedIn
	@GetMapping(ACCOUNT)
	String account(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("roles", user.roles().stream().sorted().map(Role::label).toList());
		model.addAttribute("settings", people.settingsOf(user.id()));
		model.addAttribute("changePasswordHref", ACCOUNT + "/password");
		return "account/account";
	}

}
