package org.caseworkportal.worktray;

import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.web.ParentOnly;
import org.caseworkportal.web.ProfessionalOnly;
import org.caseworkportal.web.StaffOnly;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of each portal: tiles leading to the person's worktray, then the children the
 * signed-in person is linked to.
 */
@Controller
class PortalHomeController {

	private static final String HOME = "worktray/home";

	private final ChildAccessPolicy accessPolicy;

	private final WorkTasks tasks;

	private final List<HomeTiles> featureTiles;

	PortalHomeController(ChildAccessPolicy accessPolicy, WorkTasks tasks, List<HomeTiles> featureTiles) {
		this.accessPolicy = accessPolicy;
		this.tasks = tasks;
		this.featureTiles = featureTiles;
	}

	@StaffOnly
	@GetMapping("/staff")
	String staffWorkspace(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("linkChildren", true);
		model.addAttribute("showFormGallery", user.hasRole(Role.VIRTUAL_SCHOOL) || user.hasRole(Role.ADMIN));
		model.addAttribute("showTrackers", user.hasRole(Role.VIRTUAL_SCHOOL) || user.hasRole(Role.ADMIN));
		model.addAttribute("tiles",
				List.of(HomeTile.tasks("My tasks", WorktrayController.STAFF_TASKS, tasks.counts(user), "task", "tasks")));
		// A Virtual School officer may see every child in care, thousands: their caseload here, any child at /children.
		model.addAttribute("title", "Staff workspace");
		model.addAttribute("childrenHeading", "Children linked to you");
		model.addAttribute("children", accessPolicy.caseloadOf(user));
		model.addAttribute("childrenCount", accessPolicy.countVisibleTo(user, ""));
		return HOME;
	}

	@ProfessionalOnly
	@GetMapping("/professional")
	String professionalPortal(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("linkChildren", true);
		List<HomeTile> tiles = new ArrayList<>();
		tiles.add(HomeTile.tasks("Tasks", WorktrayController.PROFESSIONAL_TASKS, tasks.counts(user), "task to complete",
				"tasks to complete"));
		featureTiles.forEach(feature -> tiles.addAll(feature.professionalTiles(user)));
		model.addAttribute("tiles", tiles);
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
