package org.caseworkportal.worktray;

import java.util.List;
import java.util.Map;

import org.caseworkportal.web.Paging;

/**
 * A worktray's table as its page shows it: a page of tasks, the links of its sortable headings
 * and of its other pages, each keeping the order. Public only so that templates can read it.
 */
public final class TaskListing {

	private final String path;

	private final TaskOrder order;

	private final WorkTasks.TaskPage page;

	TaskListing(String path, TaskOrder order, WorkTasks.TaskPage page) {
		this.path = path;
		this.order = order;
		this.page = page;
	}

	public List<WorktrayTask> tasks() {
		return page.tasks();
	}

	public Paging paging() {
		return page.paging();
	}

	/** A heading's link: sorts by its column, the other way round when the table is sorted by it already. */
	public String sortLink(String column) {
		return path + "?" + order.selecting(TaskSort.ofParameter(column)).query();
	}

	/** The heading's {@code aria-sort}: ascending or descending on the sorted column, none on the others. */
	public String ariaSort(String column) {
		if (!order.sort().parameter().equals(column)) {
			return "none";
		}
		return order.descending() ? TaskOrder.DESCENDING : TaskOrder.ASCENDING;
	}

	public String previousPage() {
		return paging().previous(this::pageLink);
	}

	public String nextPage() {
		return paging().next(this::pageLink);
	}

	public List<Map<String, Object>> pageItems() {
		return paging().items(this::pageLink);
	}

	private String pageLink(int number) {
		return path + "?" + order.query() + "&page=" + number;
	}

}
