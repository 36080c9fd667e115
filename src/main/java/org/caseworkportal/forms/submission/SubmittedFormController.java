package org.caseworkportal.forms.submission;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.caseworkportal.forms.attachments.Attachments;
import org.caseworkportal.forms.attachments.StoredFile;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.StaffOrProfessional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A submitted form: as an accessible page, as a PDF (only once submitted, as seed 001 says), and
 * its attachments, each only for people the access policy lets see the child.
 */
@Controller
class SubmittedFormController {

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final SubmissionAccess access;

	private final Attachments attachments;

	private final SubmissionPdfs pdfs;

	SubmittedFormController(SubmissionAccess access, Attachments attachments, SubmissionPdfs pdfs) {
		this.access = access;
		this.attachments = attachments;
		this.pdfs = pdfs;
	}

	@StaffOrProfessional
	@GetMapping("/forms/{id}/view")
	String view(@PathVariable long id, @RequestParam(required = false) String submitted,
			@AuthenticationPrincipal PortalUser user, Model model) {
		OpenSubmission open = submitted(id, user);
		model.addAttribute("justSubmitted", submitted != null);
		SubmissionPages.describe(open, model);
		model.addAttribute("form", open.form());
		model.addAttribute("submittedBy", open.submission().submittedBy());
		model.addAttribute("submittedOn", open.submission().submitted() ? DisplayTime.format(open.submission().submittedAt()) : null);
		model.addAttribute("hold", open.hold());
		model.addAttribute("attachments", attachments.of(id));
		model.addAttribute("attachmentNames", attachments.namesOf(id));
		return "forms/view";
	}

	@StaffOrProfessional
	@GetMapping("/forms/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		OpenSubmission open = submitted(id, user);
		var child = open.child().child();
		byte[] pdf = pdfs.of(open);
		boolean draft = !open.submission().submitted();
		String fileName = open.definition().key() + "-" + child.surname().toLowerCase() + "-"
				+ FILE_DATE.format((draft ? open.submission().updatedAt() : open.submission().submittedAt()).atZone(LONDON))
				+ (draft ? "-draft" : "") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(pdf);
	}

	@StaffOrProfessional
	@GetMapping("/forms/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal PortalUser user) {
		access.open(id, user);
		StoredFile file = attachments.find(attachmentId)
			.filter(stored -> stored.submissionId() == id)
			.orElseThrow(SubmissionAccess::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachments.content(attachmentId));
	}

	/**
	 * A submitted form, or a draft a workflow holds: the school downloads the PEP it is working on
	 * (seed 002). Other drafts have no PDF, as seed 001 says.
	 */
	private OpenSubmission submitted(long id, PortalUser user) {
		OpenSubmission open = access.open(id, user);
		if (!open.submission().submitted() && open.hold() == null) {
			throw SubmissionAccess.notFound();
		}
		return open;
	}

}
