package org.caseworkportal.worktray;

import org.caseworkportal.web.ParentOnly;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.web.ProfessionalOnly;
import org.caseworkportal.web.StaffOnly;
import org.caseworkportal.people.ChildAccessPolicy;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of each portal: the children the signed-in person is linked to. Worktrays of
 * tasks join them here as the workflows arrive.
 */
@Controller
class PortalHomeController {

	private static final String HOME = "worktray/home";

	private final ChildAccessPolicy accessPolicy;

	PortalHomeController(ChildAccessPolicy accessPolicy) {
		this.accessPolicy = accessPolicy;
	}

	@StaffOnly
	@GetMapping("/staff")
	String staffWorkspace(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("showForms", true);
		model.addAttribute("showFormGallery", user.hasRole(Role.VIRTUAL_SCHOOL) || user.hasRole(Role.ADMIN));
		return home(user, model, "Staff workspace", "Children linked to you");
	}

	@ProfessionalOnly
	@GetMapping("/professional")
	String professionalPortal(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("showForms", true);
		return home(user, model, "Professional portal", "Children at your setting");
	}

	@ParentOnly
	@GetMapping("/parent")
	String parentPortal(@AuthenticationPrincipal PortalUser user, Model model) {
		return home(user, model, "Parent portal", "Your children");
	}

	private String home(PortalUser user, Model model, String title, String childrenHeading) {
		model.addAttribute("title", title);
		model.addAttribute("childrenHeading", childrenHeading);
		model.addAttribute("children", accessPolicy.childrenVisibleTo(user));
		return HOME;
	}

}
