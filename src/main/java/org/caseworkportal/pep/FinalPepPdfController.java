package org.caseworkportal.pep;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.caseworkportal.forms.submission.SubmissionAccess;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.web.StaffOrProfessional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The final PEP's PDF as the social worker finalised it, kept on the child's record for whoever may see the PEP. */
@Controller
class FinalPepPdfController {

	private final PepAccess access;

	private final Peps peps;

	private final ChildAccessPolicy children;

	FinalPepPdfController(PepAccess access, Peps peps, ChildAccessPolicy children) {
		this.access = access;
		this.peps = peps;
		this.children = children;
	}

	@StaffOrProfessional
	@GetMapping("/peps/{id}/final.pdf")
	ResponseEntity<byte[]> finalPdf(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
		Pep pep = access.visibleTo(user, id).orElseThrow(SubmissionAccess::notFound);
		byte[] pdf = peps.finalPdf(id).orElseThrow(SubmissionAccess::notFound);
		// PepAccess has said yes: a school that was sent the PEP may no longer have the child on its roll.
		String surname = children.recordOf(pep.childId()).orElseThrow().child().surname();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(pep, surname), StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	/** For example pep-2026-000042-placewood-final.pdf. */
	static String fileName(Pep pep, String surname) {
		String name = surname.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		return pep.reference().toLowerCase(Locale.ROOT) + "-" + name + "-final.pdf";
	}

}
