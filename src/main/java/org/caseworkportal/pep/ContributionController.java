package org.caseworkportal.pep;

import java.util.List;

import org.caseworkportal.forms.submission.SubmissionAccess;
import org.caseworkportal.identity.Portal;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.StaffOrProfessional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Submit contribution" on a PEP's task page (seeds 000 and 002): the school, or the officer
 * completing it in-house, sends the PEP on as last saved. An incomplete PEP stays, with each
 * missing answer listed and linked to its page; so does one someone saved since the page opened.
 * A school then finds it under "Recently submitted", with its PDF.
 */
@Controller
class ContributionController {

	private final PepWorkflow workflow;

	private final PepAccess access;

	private final PepPages pages;

	ContributionController(PepWorkflow workflow, PepAccess access, PepPages pages) {
		this.workflow = workflow;
		this.access = access;
		this.pages = pages;
	}

	/** @param revision the form's revision when the page was opened: a submit never sends answers the person has not seen */
	@StaffOrProfessional
	@PostMapping("/peps/{id}/contribution")
	String submit(@PathVariable long id, @RequestParam(defaultValue = "-1") int revision,
			@AuthenticationPrincipal PortalUser user, Model model) {
		List<ErrorMessage> problems;
		try {
			problems = workflow.submitContribution(user, id, revision);
		}
		catch (PepRefused refused) {
			problems = List.of(new ErrorMessage("", refused.getMessage()));
		}
		if (problems.isEmpty()) {
			String reference = access.visibleTo(user, id).map(Pep::reference).orElseThrow(SubmissionAccess::notFound);
			return user.portal() == Portal.PROFESSIONAL ? "redirect:/professional/tasks/submitted?submitted=" + reference
					: "redirect:/peps/" + id;
		}
		PepView view = access.viewOf(user, id).orElseThrow(SubmissionAccess::notFound);
		pages.describe(view, user, model);
		model.addAttribute("errors", problems);
		// Also when the PEP has moved on (a colleague submitted it first): the page says why, without the form.
		return "pep/contribution";
	}

}
