package org.caseworkportal.worktray;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.web.ProfessionalOnly;
import org.caseworkportal.web.StaffOnly;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worktrays: a professional's tasks to complete (seed 002, "Selecting a task in the Portal")
 * and a staff member's "My tasks", of every kind of case. Each lists only what the signed-in
 * person works on; the task's own page checks access again.
 */
@Controller
class WorktrayController {

	static final String PROFESSIONAL_TASKS = "/professional/tasks";

	static final String STAFF_TASKS = "/staff/tasks";

	private final WorkTasks tasks;

	WorktrayController(WorkTasks tasks) {
		this.tasks = tasks;
	}

	@ProfessionalOnly
	@GetMapping(PROFESSIONAL_TASKS)
	String professionalTasks(@RequestParam(required = false) String sort, @RequestParam(required = false) String order,
			@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PortalUser user, Model model) {
		listing(PROFESSIONAL_TASKS, user, sort, order, page, model);
		return "worktray/professional-tasks";
	}

	@StaffOnly
	@GetMapping(STAFF_TASKS)
	String staffTasks(@RequestParam(required = false) String sort, @RequestParam(required = false) String order,
			@RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal PortalUser user, Model model) {
		listing(STAFF_TASKS, user, sort, order, page, model);
		model.addAttribute("hasPepWork", user.hasRole(Role.VIRTUAL_SCHOOL) || user.hasRole(Role.SOCIAL_WORKER));
		model.addAttribute("senCaseworker", user.hasRole(Role.SEN_CASEWORKER));
		return "worktray/staff-tasks";
	}

	private void listing(String path, PortalUser user, String sort, String order, int page, Model model) {
		TaskOrder taskOrder = TaskOrder.of(sort, order);
		model.addAttribute("listing", new TaskListing(path, taskOrder, tasks.open(user, taskOrder, page)));
	}

}
