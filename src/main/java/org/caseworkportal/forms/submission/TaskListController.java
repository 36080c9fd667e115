package org.caseworkportal.forms.submission;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.StaffOrProfessional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A submission's task list: each section with its status, and how much is complete. */
@Controller
class TaskListController {

	private final SubmissionAccess access;

	TaskListController(SubmissionAccess access) {
		this.access = access;
	}

	@StaffOrProfessional
	@GetMapping("/forms/{id}")
	String taskList(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		OpenSubmission open = access.open(id, user);
		if (!open.editable()) {
			return "redirect:" + open.readOnlyPage();
		}
		SubmissionPages.describe(open, model);
		model.addAttribute("progress", open.progress());
		return "forms/task-list";
	}

}
