package org.caseworkportal.pep;

import java.util.List;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.VirtualSchoolOrAdmin;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's quality assurance of a submitted PEP (seed 002, "Quality Assurance"): a rating,
 * and accept it (spot-checked first, if she asks) or return it to the school with what to amend.
 * The page is the PEP's page, {@code pep/quality-assurance.ftlh}.
 */
@Controller
class QualityAssuranceController {

	private final PepWorkflow workflow;

	private final PepSteps steps;

	private final PepPages pages;

	private final PepHolders holders;

	QualityAssuranceController(PepWorkflow workflow, PepSteps steps, PepPages pages, PepHolders holders) {
		this.workflow = workflow;
		this.steps = steps;
		this.pages = pages;
		this.holders = holders;
	}

	@VirtualSchoolOrAdmin
	@PostMapping("/peps/{id}/quality-assurance")
	String decide(@PathVariable long id, @ModelAttribute("qualityAssurance") QualityAssuranceForm form,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		List<ErrorMessage> errors = form.errors();
		if (!errors.isEmpty()) {
			return pages.page(id, user, model, errors);
		}
		QualityAssurance decision = form.qualityAssurance();
		return steps.perform(id, user, model, redirect, () -> workflow.qualityAssure(user, id, decision),
				pep -> notice(pep, decision));
	}

	private String notice(Pep pep, QualityAssurance decision) {
		if (!decision.accepted()) {
			return pep.reference() + " returned to " + holders.completer(pep) + " for amendment";
		}
		return decision.spotCheck() ? pep.reference() + " accepted. Spot-check it before the social worker finalises it"
				: pep.reference() + " accepted and sent to " + holders.socialWorker(pep) + " to finalise";
	}

}
