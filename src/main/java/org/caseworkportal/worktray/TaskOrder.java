package org.caseworkportal.worktray;

/** How a worktray's table is sorted: by which column, which way. */
record TaskOrder(TaskSort sort, boolean descending) {

	static final String ASCENDING = "ascending";

	static final String DESCENDING = "descending";

	/** The order a link asks for ({@code ?sort=child&order=descending}); unknown values sort by due date. */
	static TaskOrder of(String sort, String order) {
		return new TaskOrder(TaskSort.ofParameter(sort), DESCENDING.equals(order));
	}

	String orderBy() {
		return sort.orderBy(descending);
	}

	/** The order as a link's query, without paging. */
	String query() {
		return "sort=" + sort.parameter() + "&order=" + (descending ? DESCENDING : ASCENDING);
	}

	/** The order after selecting a column's heading: that column, the other way if it is this one. */
	TaskOrder selecting(TaskSort column) {
		return new TaskOrder(column, column == sort && !descending);
	}

}
