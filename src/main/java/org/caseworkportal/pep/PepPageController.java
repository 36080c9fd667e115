package org.caseworkportal.pep;

import java.util.List;

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

	private final PepPages pages;

	PepPageController(PepPages pages) {
		this.pages = pages;
	}

	@StaffOrProfessional
	@GetMapping("/peps/{id}")
	String pep(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		return pages.page(id, user, model, List.of());
	}

}
