package org.caseworkportal.children;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.Peps;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.ChildSummary;
import org.caseworkportal.web.Paging;
import org.caseworkportal.web.StaffOnly;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The children a member of staff may see, 25 a page, searched by name or UPN. A Virtual School
 * officer sees every child in care, so the list is paged in the database. The search is a GET
 * form, so that every page of its results keeps it.
 */
@Controller
class ChildrenController {

	static final String CHILDREN = "/children";

	static final int PAGE_SIZE = 25;

	private final ChildAccessPolicy accessPolicy;

	private final Peps peps;

	ChildrenController(ChildAccessPolicy accessPolicy, Peps peps) {
		this.accessPolicy = accessPolicy;
		this.peps = peps;
	}

	@StaffOnly
	@GetMapping(CHILDREN)
	String children(@RequestParam(defaultValue = "") String search, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal PortalUser user, Model model) {
		String searched = search.strip();
		Paging paging = Paging.of(page, accessPolicy.countVisibleTo(user, searched), PAGE_SIZE);
		List<ChildSummary> children = accessPolicy.childrenVisibleTo(user, searched, paging.offset(), PAGE_SIZE);
		Map<ChildId, Pep> current = peps.currentOf(children.stream().map(ChildSummary::id).toList());
		IntFunction<String> link = number -> link(searched, number);
		model.addAttribute("search", searched);
		model.addAttribute("children", children.stream()
			.map(child -> new ListedChild(child,
					current.containsKey(child.id()) ? current.get(child.id()).stage().label() : "None"))
			.toList());
		model.addAttribute("paging", paging);
		model.addAttribute("previousPage", paging.previous(link));
		model.addAttribute("nextPage", paging.next(link));
		model.addAttribute("pageItems", paging.items(link));
		return "children/list";
	}

	/** A page of the search's results; the search is a URI variable, so that "+" and "&" stay what they are. */
	private static String link(String search, int page) {
		var link = UriComponentsBuilder.fromPath(CHILDREN);
		if (!search.isEmpty()) {
			link.queryParam("search", "{search}");
		}
		return link.queryParam("page", page).encode().buildAndExpand(Map.of("search", search)).toUriString();
	}

}
