package org.caseworkportal.forms.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caseworkportal.forms.attachments.Attachments;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.StaffOrProfessional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Check your answers, agree to the form's declarations and submit: the only way to submit, so a
 * form is never sent by a button pressed by mistake. Submitting checks every visible section and
 * lists each missing answer with a link to it.
 */
@Controller
class CheckAnswersController {

	private final SubmissionAccess access;

	private final FormSubmissions submissions;

	private final Attachments attachments;

	CheckAnswersController(SubmissionAccess access, FormSubmissions submissions, Attachments attachments) {
		this.access = access;
		this.submissions = submissions;
		this.attachments = attachments;
	}

	@StaffOrProfessional
	@GetMapping("/forms/{id}/check")
	String check(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
		OpenSubmission open = access.open(id, user);
		if (open.submission().submitted() || open.hold() != null) {
			return "redirect:" + (open.hold() != null ? open.hold().taskPage() : open.readOnlyPage());
		}
		return page(open, List.of(), List.of(), model);
	}

	@StaffOrProfessional
	@PostMapping("/forms/{id}/submit")
	String submit(@PathVariable long id, @RequestParam MultiValueMap<String, String> posted,
			@AuthenticationPrincipal PortalUser user, Model model) {
		OpenSubmission open = access.open(id, user);
		if (open.submission().submitted() || open.hold() != null) {
			return "redirect:" + (open.hold() != null ? open.hold().taskPage() : open.readOnlyPage());
		}
		List<String> agreed = posted.getOrDefault("agree", List.of());
		List<ErrorMessage> errors = SubmitChecks.problems(open, agreed);
		if (!String.valueOf(open.submission().revision()).equals(posted.getFirst("revision"))) {
			errors.add(0, new ErrorMessage("", "Someone else saved this form since you opened this page. Check the answers below again before you submit."));
		}
		if (!errors.isEmpty() || !submissions.submit(id, open.submission().revision(), withDeclarations(open), user.id())) {
			return page(access.open(id, user), errors, agreed, model);
		}
		return "redirect:/forms/" + id + "/view?submitted";
	}

	private String page(OpenSubmission open, List<ErrorMessage> errors, List<String> agreed, Model model) {
		SubmissionPages.describe(open, model);
		model.addAttribute("form", open.form());
		model.addAttribute("progress", open.progress());
		model.addAttribute("errors", errors);
		model.addAttribute("agreed", agreed);
		model.addAttribute("attachmentNames", attachments.namesOf(open.id()));
		return "forms/check-answers";
	}

	private static Map<String, Object> withDeclarations(OpenSubmission open) {
		Map<String, Object> answers = new LinkedHashMap<>(open.submission().answers());
		open.form().declarations().forEach(declaration -> answers.put(declaration.name(), Boolean.TRUE));
		return answers;
	}

}
