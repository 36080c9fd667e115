package org.caseworkportal.forms.gallery;

import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.web.VirtualSchoolOrAdmin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A form's rules in words: every section and question, when it applies and what answers it takes. */
@Controller
class FormRulesController {

	private final GalleryDefinitions gallery;

	FormRulesController(GalleryDefinitions gallery) {
		this.gallery = gallery;
	}

	@VirtualSchoolOrAdmin
	@GetMapping("/forms/gallery/{key}/rules")
	String rules(@PathVariable String key, @RequestParam(required = false) Integer version, Model model) {
		FormDefinition definition = gallery.find(key, version);
		model.addAttribute("definition", definition);
		model.addAttribute("versionQuery", FormGalleryController.versionQuery(version));
		model.addAttribute("sections", FormRules.of(definition));
		return "forms/gallery/rules";
	}

}
