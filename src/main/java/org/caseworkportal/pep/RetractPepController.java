package org.caseworkportal.pep;

import java.util.List;

import org.caseworkportal.forms.submission.SubmissionAccess;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.VirtualSchoolOrAdmin;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer retracts a PEP that cannot go on (seed 002's FAQs: the wrong form was sent, a
 * sibling's answers were copied forward, the task went missing): every open task of it ends, and
 * she says why, for the PEP's record.
 */
@Controller
class RetractPepController {

	static final int LONGEST_REASON = 2_000;

	private final PepAccess access;

	private final PepPages pages;

	private final PepSteps steps;

	private final PepWorkflow workflow;

	RetractPepController(PepAccess access, PepPages pages, PepSteps steps, PepWorkflow workflow) {
		this.access = access;
		this.pages = pages;
		this.steps = steps;
		this.workflow = workflow;
	}

	@VirtualSchoolOrAdmin
	@GetMapping("/peps/{id}/retract")
	String confirm(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		PepView view = access.viewOf(user, id).orElseThrow(SubmissionAccess::notFound);
		if (!view.mayRetract()) {
			return "redirect:" + view.pep().path();
		}
		return page(view, user, "", List.of(), model);
	}

	@VirtualSchoolOrAdmin
	@PostMapping("/peps/{id}/retract")
	String retract(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		PepView view = access.viewOf(user, id).orElseThrow(SubmissionAccess::notFound);
		String why = reason.strip();
		if (why.isEmpty()) {
			return page(view, user, why, List.of(new ErrorMessage("reason", "Enter why you are retracting this PEP")), model);
		}
		if (why.length() > LONGEST_REASON) {
			return page(view, user, why,
					List.of(new ErrorMessage("reason", "The reason must be 2,000 characters or fewer")), model);
		}
		return steps.perform(id, user, model, redirect, () -> workflow.retract(user, id, why),
				pep -> pep.reference() + " retracted");
	}

	private String page(PepView view, PortalUser user, String reason, List<ErrorMessage> errors, Model model) {
		pages.describe(view, user, model);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return "pep/retract";
	}

}
