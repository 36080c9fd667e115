package org.caseworkportal.pep.trackers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.web.VirtualSchoolOrAdmin;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Virtual School's PEP trackers, and their list as a CSV download. Both read their filters
 * from the query string, so a filtered view can be bookmarked and every link keeps it.
 */
@Controller
class TrackerController {

	private final TrackerPages pages;

	TrackerController(TrackerPages pages) {
		this.pages = pages;
	}

	@VirtualSchoolOrAdmin
	@GetMapping(TrackerPages.PATH)
	String trackers(@ModelAttribute("filter") TrackerFilter filter, @RequestParam(defaultValue = "1") String page,
			@AuthenticationPrincipal PortalUser user, Model model) {
		pages.describe(user, filter, page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1, model);
		return "pep/trackers/trackers";
	}

	@VirtualSchoolOrAdmin
	@GetMapping(TrackerPages.CSV_PATH)
	void csv(@ModelAttribute TrackerFilter filter, @AuthenticationPrincipal PortalUser user, HttpServletResponse response)
			throws IOException {
		if (!pages.problems(filter).isEmpty()) {
			// The filters are not ones the trackers offer.
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("pep-tracker-" + pages.today() + ".csv").build().toString());
		pages.csv(user, filter, response.getWriter());
	}

}
