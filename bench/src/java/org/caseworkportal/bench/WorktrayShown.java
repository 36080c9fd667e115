package org.caseworkportal.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a worktray or a home page shows, read from its HTML with a pattern rather than a parser:
 * the benchmarks check every answer, on the machine they time.
 */
final class WorktrayShown {

	/** The worktray's "Showing 1 to 25 of 1,234 tasks" (worktray/_tasks.ftlh). */
	private static final Pattern TOTAL = Pattern.compile("id=\"results-count\">Showing <b>\\d+</b> to <b>\\d+</b> of <b>(\\d+)</b>");

	/** A task's row: the child's name, linked to the PEP. */
	private static final String TASK_ROW = "<th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"/peps/";

	/** The first tile's count (worktray/home.ftlh): "Tasks" or "My tasks". */
	private static final Pattern FIRST_TILE = Pattern.compile("class=\"app-tile__number\">(\\d+)</span>");

	private WorktrayShown() {
	}

	/** How many tasks the worktray page says it holds, or -1 when it lists none. */
	static long tasks(String worktray) {
		Matcher total = TOTAL.matcher(worktray);
		return total.find() && worktray.contains(TASK_ROW) ? Long.parseLong(total.group(1)) : -1;
	}

	/** The count on the home page's tasks tile, or -1 when it has none. */
	static long tileCount(String home) {
		Matcher count = FIRST_TILE.matcher(home);
		return count.find() ? Long.parseLong(count.group(1)) : -1;
	}

}
