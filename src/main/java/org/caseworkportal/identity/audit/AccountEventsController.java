package org.caseworkportal.identity.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.caseworkportal.web.AdminOnly;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators search the account audit log: by part of an email address, by event and by
 * dates, newest first, a page at a time. The search is a GET form, so a search can be
 * bookmarked and every page of its results keeps it.
 */
@Controller
class AccountEventsController {

	static final String ACCOUNT_EVENTS = "/admin/account-events";

	static final int PAGE_SIZE = 50;

	private final AccountEventRepository repository;

	AccountEventsController(AccountEventRepository repository) {
		this.repository = repository;
	}

	@AdminOnly
	@GetMapping(ACCOUNT_EVENTS)
	String search(@ModelAttribute("search") AccountEventSearchForm search, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Map<String, FieldProblem> problems = search.problems();
		model.addAttribute("problems", problems);
		model.addAttribute("errors", problems.values().stream().map(FieldProblem::message).toList());
		model.addAttribute("eventTypes", eventTypeOptions());
		if (problems.isEmpty()) {
			var criteria = search.criteria();
			var paging = Paging.of(page, repository.count(criteria), PAGE_SIZE);
			model.addAttribute("rows", repository.search(criteria, paging.offset(), PAGE_SIZE)
				.stream()
				.map(AccountEventsController::row)
				.toList());
			model.addAttribute("paging", paging);
			IntFunction<String> link = number -> search.link(ACCOUNT_EVENTS, number);
			model.addAttribute("previousPage", paging.previous(link));
			model.addAttribute("nextPage", paging.next(link));
			model.addAttribute("pageItems", paging.items(link));
		}
		return "identity/account-events";
	}

	/** A results table row: when, event, email, address, outcome. */
	private static List<String> row(AccountEvent event) {
		return List.of(DisplayTime.format(event.occurredAt()), event.type().label(), event.email(), event.clientAddress(),
				event.outcome());
	}

	private static List<Map<String, Object>> eventTypeOptions() {
		List<Map<String, Object>> options = new ArrayList<>();
		options.add(Map.of("value", "", "text", "All events"));
		for (AccountEventType type : AccountEventType.values()) {
			options.add(Map.of("value", type.name(), "text", type.label()));
		}
		return options;
	}

}
