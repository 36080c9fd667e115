package org.caseworkportal.forms.submission;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.caseworkportal.forms.AnswerReader;
import org.caseworkportal.forms.FormProgress;
import org.caseworkportal.forms.Question;
import org.caseworkportal.forms.SectionProgress;
import org.caseworkportal.forms.ShownSection;
import org.caseworkportal.forms.attachments.Attachments;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.AlreadyDone;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.StaffOrProfessional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One section of a draft as a question page. "Save" keeps a draft without checking required
 * answers; "Save and continue" checks the section and moves on; "Add another" and "Remove" change
 * a repeating group; with JavaScript the page also saves itself after each change.
 */
@Controller
class SectionController {

	private final SubmissionAccess access;

	private final SectionSaver saver;

	private final Attachments attachments;

	private final Clock clock;

	SectionController(SubmissionAccess access, SectionSaver saver, Attachments attachments, Clock clock) {
		this.clock = clock;
		this.access = access;
		this.saver = saver;
		this.attachments = attachments;
	}

	@StaffOrProfessional
	@GetMapping("/forms/{id}/sections/{sectionId}")
	String section(@PathVariable long id, @PathVariable String sectionId,
			@RequestParam(name = "upload-too-large", required = false) String uploadTooLarge,
			@AuthenticationPrincipal PortalUser user, Model model) {
		OpenSubmission open = access.open(id, user);
		if (!open.editable()) {
			return "redirect:" + open.readOnlyPage();
		}
		List<ErrorMessage> errors = uploadTooLarge == null ? List.of()
				: List.of(new ErrorMessage("", attachments.tooLargeMessage() + ". Nothing on this page was saved."));
		return page(open, sectionOf(open, sectionId), errors, open.submission().revision(), model);
	}

	@StaffOrProfessional
	@PostMapping("/forms/{id}/sections/{sectionId}")
	String save(@PathVariable long id, @PathVariable String sectionId, @RequestParam MultiValueMap<String, String> posted,
			HttpServletRequest request, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect) {
		OpenSubmission open = draft(id, user);
		ShownSection section = startableSection(open, sectionId);
		boolean complete = "continue".equals(posted.getFirst("action"));
		SectionSave result = saver.save(open, section, posted, uploads(request), complete, user);
		if (!result.saved() || !result.errors().isEmpty() || result.newQuestions()) {
			model.addAttribute("newQuestions", result.newQuestions());
			return page(result.shown(), result.shown().form().section(sectionId).orElse(section), result.errors(),
					result.revision(), model);
		}
		if (result.completed()) {
			return "redirect:" + nextPage(result.shown(), sectionId);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/forms/" + id + "/sections/" + sectionId + changedList(posted);
	}

	@StaffOrProfessional
	@PostMapping("/forms/{id}/sections/{sectionId}/autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @PathVariable String sectionId,
			@RequestParam MultiValueMap<String, String> posted, @AuthenticationPrincipal PortalUser user) {
		OpenSubmission open = draft(id, user);
		SectionSave result = saver.save(open, startableSection(open, sectionId), withoutButtons(posted),
				new LinkedMultiValueMap<>(), false, user);
		if (!result.saved()) {
			HttpStatus status = result.errors().stream().anyMatch(error -> error.field().isEmpty()) ? HttpStatus.CONFLICT
					: HttpStatus.UNPROCESSABLE_ENTITY;
			return ResponseEntity.status(status)
				.body(Map.of("message", status == HttpStatus.CONFLICT
						? "Someone else has saved this form since you opened it. Select Save to see what to do."
						: "Some answers need correcting before they can be saved. Select Save to see which."));
		}
		return ResponseEntity.ok(Map.of("revision", result.revision(), "savedAt", DisplayTime.timeOfDay(clock.instant())));
	}

	private String page(OpenSubmission open, ShownSection section, List<ErrorMessage> errors, int revision, Model model) {
		SubmissionPages.describe(open, model);
		FormProgress progress = open.progress();
		SectionProgress sectionProgress = progress.section(section.id()).orElseThrow(SubmissionAccess::notFound);
		model.addAttribute("section", section);
		model.addAttribute("sectionProgress", sectionProgress);
		model.addAttribute("errors", errors);
		model.addAttribute("revision", revision);
		model.addAttribute("attachmentNames", attachments.namesOf(open.id()));
		return sectionProgress.canStart() ? "forms/section" : "forms/cannot-start";
	}

	private OpenSubmission draft(long id, PortalUser user) {
		OpenSubmission open = access.open(id, user);
		if (!open.editable()) {
			throw new AlreadyDone(open.submission().submitted() ? "This form has been submitted and can no longer be changed."
					: open.hold().whyNot());
		}
		return open;
	}

	private static ShownSection sectionOf(OpenSubmission open, String sectionId) {
		return open.form().section(sectionId).orElseThrow(SubmissionAccess::notFound);
	}

	/** A section that can be saved: visible, and not waiting for earlier answers. */
	private static ShownSection startableSection(OpenSubmission open, String sectionId) {
		ShownSection section = sectionOf(open, sectionId);
		if (!open.progress().section(sectionId).map(SectionProgress::canStart).orElse(false)) {
			throw SubmissionAccess.notFound();
		}
		return section;
	}

	private static String nextPage(OpenSubmission open, String sectionId) {
		List<SectionProgress> sections = open.progress().sections();
		for (int i = 0; i < sections.size() - 1; i++) {
			if (sections.get(i).section().id().equals(sectionId) && sections.get(i + 1).canStart()) {
				return open.path() + "/sections/" + sections.get(i + 1).section().id();
			}
		}
		return open.path();
	}

	/** After "Add another" or "Remove", the anchor of the repeating group that changed; otherwise nothing. */
	private static String changedList(MultiValueMap<String, String> posted) {
		String changed = posted.containsKey(AnswerReader.ADD) ? posted.getFirst(AnswerReader.ADD)
				: posted.getFirst(AnswerReader.REMOVE);
		return changed == null ? "" : "#" + Question.idOf(changed.replaceAll("\\[\\d+]$", ""));
	}

	private static MultiValueMap<String, MultipartFile> uploads(HttpServletRequest request) {
		return request instanceof MultipartHttpServletRequest multipart ? multipart.getMultiFileMap()
				: new LinkedMultiValueMap<>();
	}

	private static MultiValueMap<String, String> withoutButtons(MultiValueMap<String, String> posted) {
		MultiValueMap<String, String> answers = new LinkedMultiValueMap<>(posted);
		List.of("action", AnswerReader.ADD, AnswerReader.REMOVE, "removeFile").forEach(answers::remove);
		return answers;
	}

}
