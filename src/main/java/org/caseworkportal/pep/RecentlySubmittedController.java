package org.caseworkportal.pep;

import java.util.List;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.ProfessionalOnly;
import org.caseworkportal.worktray.HomeTile;
import org.caseworkportal.worktray.HomeTiles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A professional's recently submitted PEPs, with the PDF they can keep (seed 002, "Recently
 * Submitted Tasks"), as the second tab of their Tasks and a tile on their home page.
 */
@Controller
class RecentlySubmittedController implements HomeTiles {

	static final String PATH = "/professional/tasks/submitted";

	private final RecentlySubmitted recentlySubmitted;

	RecentlySubmittedController(RecentlySubmitted recentlySubmitted) {
		this.recentlySubmitted = recentlySubmitted;
	}

	/** {@code submitted}: the reference of a PEP just submitted, announced if it is in the list. */
	@ProfessionalOnly
	@GetMapping(PATH)
	String recentlySubmitted(@RequestParam(required = false) String submitted, @AuthenticationPrincipal PortalUser user,
			Model model) {
		List<SubmittedPep> peps = recentlySubmitted.of(user);
		model.addAttribute("peps", peps);
		model.addAttribute("days", recentlySubmitted.days());
		peps.stream()
			.filter(pep -> pep.reference().equals(submitted))
			.findFirst()
			.ifPresent(pep -> model.addAttribute("justSubmitted", pep));
		return "pep/recently-submitted";
	}

	@Override
	public List<HomeTile> professionalTiles(PortalUser professional) {
		long submitted = recentlySubmitted.count(professional);
		return List.of(new HomeTile("Recently submitted", PATH, submitted,
				(submitted == 1 ? "PEP" : "PEPs") + " submitted in the last " + recentlySubmitted.days() + " days", ""));
	}

}
