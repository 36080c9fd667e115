package org.caseworkportal.forms.gallery;

import java.util.List;
import java.util.Map;

import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.forms.FormEvaluator;
import org.caseworkportal.forms.pdf.FormPdfs;
import org.caseworkportal.web.VirtualSchoolOrAdmin;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form gallery: every form the portal has, so that officers and administrators can see each
 * one, opened with sample data or printed blank, without starting it for a child.
 */
@Controller
class FormGalleryController {

	private final FormDefinitions definitions;

	private final GalleryDefinitions gallery;

	private final FormEvaluator evaluator;

	private final FormPdfs pdfs;

	FormGalleryController(FormDefinitions definitions, GalleryDefinitions gallery, FormEvaluator evaluator,
			FormPdfs pdfs) {
		this.definitions = definitions;
		this.gallery = gallery;
		this.evaluator = evaluator;
		this.pdfs = pdfs;
	}

	@VirtualSchoolOrAdmin
	@GetMapping("/forms/gallery")
	String gallery(Model model) {
		List<GalleryEntry> entries = definitions.latestVersions()
			.stream()
			.map(latest -> new GalleryEntry(latest, definitions.versionsOf(latest.key())
				.stream()
				.map(FormDefinition::version)
				.filter(version -> version != latest.version())
				.toList()))
			.toList();
		model.addAttribute("entries", entries);
		return "forms/gallery/gallery";
	}

	@VirtualSchoolOrAdmin
	@GetMapping("/forms/gallery/{key}")
	String preview(@PathVariable String key, @RequestParam(required = false) Integer version, Model model) {
		FormDefinition definition = gallery.find(key, version);
		model.addAttribute("definition", definition);
		model.addAttribute("versionQuery", versionQuery(version));
		model.addAttribute("form", evaluator.evaluate(definition, Map.of(), SampleCaseRecord.RECORD));
		return "forms/gallery/preview";
	}

	@VirtualSchoolOrAdmin
	@GetMapping("/forms/gallery/{key}/blank.pdf")
	ResponseEntity<byte[]> blankPdf(@PathVariable String key, @RequestParam(required = false) Integer version) {
		FormDefinition definition = gallery.find(key, version);
		String fileName = definition.key() + "-v" + definition.version() + "-blank.pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(pdfs.blank(definition));
	}

	/** Keeps links between a version's pages on that version; the latest needs no query. */
	static String versionQuery(Integer version) {
		return version == null ? "" : "?version=" + version;
	}

}
