package org.caseworkportal.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.caseworkportal.web.PublicPage;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves {@link CouncilStylesheet}; its URL names GOV.UK Frontend's version, so it is cached for a year. */
@Controller
class CouncilStylesheetController {

	private static final MediaType TEXT_CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

	private final CouncilStylesheet stylesheet;

	CouncilStylesheetController(CouncilStylesheet stylesheet) {
		this.stylesheet = stylesheet;
	}

	@PublicPage
	@GetMapping("/stylesheets/govuk-frontend-{version}.css")
	ResponseEntity<byte[]> govukFrontend(@PathVariable String version) {
		if (!version.equals(stylesheet.version())) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CSS)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.eTag(stylesheet.etag())
			.body(stylesheet.css());
	}

}
