package org.caseworkportal.pep;

import java.util.List;
import java.util.function.Function;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.AlreadyDone;
import org.caseworkportal.web.ErrorMessage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a PEP page's action ends: done, back to the PEP's page with a notice of what happened; or
 * refused ({@link PepRefused}) or done meanwhile by someone else ({@link AlreadyDone}), the PEP's page
 * as it is now with the reason in its error summary.
 */
@Component
class PepSteps {

	private final Peps peps;

	private final PepPages pages;

	PepSteps(Peps peps, PepPages pages) {
		this.peps = peps;
		this.pages = pages;
	}

	/** @param notice what was done, written from the PEP as it is after the step */
	String perform(long pepId, PortalUser user, Model model, RedirectAttributes redirect, Runnable step,
			Function<Pep, String> notice) {
		try {
			step.run();
		}
		catch (PepRefused | AlreadyDone refused) {
			return pages.page(pepId, user, model, List.of(new ErrorMessage("", refused.getMessage())));
		}
		Pep pep = peps.find(pepId).orElseThrow();
		redirect.addFlashAttribute(PepPages.NOTICE, notice.apply(pep));
		return "redirect:" + pep.path();
	}

}
