package org.caseworkportal.worktray;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns a worktray sorts by, as named in its links ({@code ?sort=required-by}), and the
 * SQL each sorts on. A task's id breaks ties, so that paging never shows a task twice.
 */
enum TaskSort {

	CHILD("child", "c.surname", "c.forename"), REQUIRED_BY("required-by", "w.due_at"), SENT_BY("sent-by", "r.surname",
			"r.forename");

	private final String parameter;

	private final List<String> columns;

	TaskSort(String parameter, String... columns) {
		this.parameter = parameter;
		this.columns = List.of(columns);
	}

	String parameter() {
		return parameter;
	}

	/** The SQL order by list; open tasks without a due date come last either way. */
	String orderBy(boolean descending) {
		String direction = descending ? " desc" : " asc";
		return columns.stream().map(column -> column + direction + " nulls last").collect(Collectors.joining(", "))
				+ ", w.task_id" + direction;
	}

	/** The column a link names; the most urgent first when it names none we know. */
	static TaskSort ofParameter(String parameter) {
		for (TaskSort sort : values()) {
			if (sort.parameter.equals(parameter)) {
				return sort;
			}
		}
		return REQUIRED_BY;
	}

}
