package org.caseworkportal.pep;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.StaffOnly;
import org.caseworkportal.web.VirtualSchoolOrAdmin;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PEP's steps that are one button on its page: the officer sends it for completion and
 * spot-checks it, the social worker finalises it. {@link PepWorkflow} decides whether this person
 * may do the step now.
 */
@Controller
class PepStepController {

	private final PepWorkflow workflow;

	private final PepSteps steps;

	private final PepHolders holders;

	PepStepController(PepWorkflow workflow, PepSteps steps, PepHolders holders) {
		this.workflow = workflow;
		this.steps = steps;
		this.holders = holders;
	}

	@VirtualSchoolOrAdmin
	@PostMapping("/peps/{id}/send")
	String send(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		return steps.perform(id, user, model, redirect, () -> workflow.sendForCompletion(user, id),
				pep -> pep.completion() == Completion.IN_HOUSE ? "You can now complete " + pep.reference() + " in-house"
						: pep.reference() + " sent to " + holders.completer(pep));
	}

	@VirtualSchoolOrAdmin
	@PostMapping("/peps/{id}/spot-check")
	String spotCheck(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		return steps.perform(id, user, model, redirect, () -> workflow.spotChecked(user, id),
				pep -> pep.reference() + " spot-checked and sent to " + holders.socialWorker(pep) + " to finalise");
	}

	@StaffOnly
	@PostMapping("/peps/{id}/finalise")
	String finalise(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		return steps.perform(id, user, model, redirect, () -> workflow.finalise(user, id),
				pep -> pep.reference() + " finalised");
	}

}
