package org.caseworkportal.pep;

import org.caseworkportal.forms.submission.SubmissionAccess;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.StaffOrProfessional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A PEP's page: the task page of whoever may do its open task now (prepare, complete,
 * quality-assure, spot-check, finalise), and for everyone else who may see it, where it is.
 * Each task's actions are posted to their own controllers; this page only shows.
 */
@Controller
class PepPageController {

	private final PepAccess access;

	private final PepPages pages;

	PepPageController(PepAccess access, PepPages pages) {
		this.access = access;
		this.pages = pages;
	}

	@StaffOrProfessional
	@GetMapping("/peps/{id}")
	String pep(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		PepView view = access.viewOf(user, id).orElseThrow(SubmissionAccess::notFound);
		pages.describe(view, user, model);
		return templateFor(view);
	}

	/** The task page of the open task, for whoever may do it; the overview otherwise. */
	static String templateFor(PepView view) {
		if (!view.mayWork()) {
			return "pep/overview";
		}
		switch (view.pep().stage()) {
			case PREPARING:
				return "pep/prepare";
			case WITH_SCHOOL, RETURNED, IN_HOUSE:
				return "pep/contribution";
			case QUALITY_ASSURANCE:
				return "pep/quality-assurance";
			case SPOT_CHECK:
				return "pep/spot-check";
			case FINALISING:
				return "pep/finalise";
			default:
				return "pep/overview";
		}
	}

}
