package org.caseworkportal.worktray;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.web.Paging;
import org.caseworkportal.workflow.WorkItem;
import org.caseworkportal.workflow.WorkItems;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open work items in one person's worktray, of every kind of case, read from the work items
 * the engine keeps current (no engine query): assigned to them, or offered to them while nobody
 * has it ({@link WorkItems#IN_WORKTRAY_OF}). Each page is one statement, its total counted in the
 * same statement; each kind of case then describes its own rows ({@link CaseType}).
 */
@Repository
@Transactional(readOnly = true)
class WorkTasks {

	static final int PAGE_SIZE = 25;

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final String TASKS = """
			select %s, c.forename, c.surname, r.forename as sent_forename, r.surname as sent_surname,
			    count(*) over () as total
			from work_item w
			join child c on c.id = w.child_id
			left join account r on r.id = w.requested_by
			where w.task_id in (%s)
			order by %s
			limit :limit offset :offset""".formatted(WorkItems.COLUMNS, WorkItems.IN_WORKTRAY_OF, "%s");

	private static final String OF_CHILD = """
			select %s, c.forename, c.surname, r.forename as sent_forename, r.surname as sent_surname, 0 as total
			from work_item w
			join child c on c.id = w.child_id
			left join account r on r.id = w.requested_by
			where w.child_id = :child %s
			order by w.due_at nulls last, w.task_id""";

	private static final String COUNTS = """
			select count(*) as open_tasks, coalesce(sum(case when w.due_at < :today then 1 else 0 end), 0) as overdue
			from work_item w where w.task_id in (%s)""".formatted(WorkItems.IN_WORKTRAY_OF);

	private final JdbcClient jdbc;

	private final Map<String, CaseType> caseTypes;

	private final WorktrayProperties properties;

	private final Clock clock;

	WorkTasks(JdbcClient jdbc, List<CaseType> caseTypes, WorktrayProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.caseTypes = caseTypes.stream().collect(Collectors.toMap(CaseType::processKey, Function.identity()));
		this.properties = properties;
		this.clock = clock;
	}

	/** One page of the person's open tasks; a page past the end shows the last one. */
	TaskPage open(PortalUser user, TaskOrder order, int page) {
		int number = Math.max(page, 1);
		TaskPage found = page(user, order, number);
		if (found.tasks().isEmpty() && number > 1) {
			return page(user, order, Paging.of(number, counts(user).open(), PAGE_SIZE).page());
		}
		return found;
	}

	TaskCounts counts(PortalUser user) {
		return jdbc.sql(COUNTS)
			.param("me", user.id().value())
			.param("roles", WorkItems.rolesOf(user))
			.param("today", Timestamp.from(today().atStartOfDay(UK).toInstant()))
			.query((rs, row) -> new TaskCounts(rs.getLong("open_tasks"), rs.getLong("overdue")))
			.single();
	}

	/** The child's open work items; only those in {@code worktrayOf}'s worktray unless that is null. */
	List<WorktrayTask> ofChild(ChildId child, PortalUser worktrayOf) {
		List<Row> rows = new ArrayList<>();
		var query = jdbc.sql(OF_CHILD.formatted(WorkItems.COLUMNS,
				worktrayOf == null ? "" : "and w.task_id in (" + WorkItems.IN_WORKTRAY_OF + ")"))
			.param("child", child.value());
		if (worktrayOf != null) {
			query = query.param("me", worktrayOf.id().value()).param("roles", WorkItems.rolesOf(worktrayOf));
		}
		RowCallbackHandler collect = rs -> rows.add(row(rs));
		query.query(collect);
		return tasks(rows);
	}

	private TaskPage page(PortalUser user, TaskOrder order, int number) {
		List<Row> rows = new ArrayList<>();
		long[] total = { 0 };
		jdbc.sql(TASKS.formatted(order.orderBy()))
			.param("me", user.id().value())
			.param("roles", WorkItems.rolesOf(user))
			.param("limit", PAGE_SIZE)
			.param("offset", (number - 1) * PAGE_SIZE)
			.query(rs -> {
				total[0] = rs.getLong("total");
				rows.add(row(rs));
			});
		return new TaskPage(tasks(rows), Paging.of(number, total[0], PAGE_SIZE));
	}

	private List<WorktrayTask> tasks(List<Row> rows) {
		Map<String, CaseWork> described = describe(rows.stream().map(Row::item).toList());
		LocalDate today = today();
		return rows.stream()
			.map(row -> new WorktrayTask(row.item().businessKey(), row.child(), row.item().dueDate(),
					Urgency.of(row.item().dueDate(), today, properties.dueSoonDays()), row.sentBy(),
					described.get(row.item().taskId())))
			.toList();
	}

	/** Each kind of case describes its own items; an item of a process no feature describes shows as open work on the child. */
	private Map<String, CaseWork> describe(List<WorkItem> items) {
		Map<String, CaseWork> described = new LinkedHashMap<>();
		items.stream().collect(Collectors.groupingBy(WorkItem::processKey)).forEach((processKey, ofType) -> {
			CaseType type = caseTypes.get(processKey);
			if (type != null) {
				described.putAll(type.describe(ofType));
			}
		});
		items.forEach(item -> described.computeIfAbsent(item.taskId(),
				task -> new CaseWork(item.taskKey(), "Open", "grey", "/children/" + item.childId().value())));
		return described;
	}

	private static Row row(ResultSet rs) throws SQLException {
		String sentBy = rs.getString("sent_forename") == null ? "" : rs.getString("sent_forename") + " " + rs.getString("sent_surname");
		return new Row(WorkItems.fromRow(rs), rs.getString("forename") + " " + rs.getString("surname"), sentBy);
	}

	private LocalDate today() {
		return clock.instant().atZone(UK).toLocalDate();
	}

	private record Row(WorkItem item, String child, String sentBy) {
	}

	/** One page of a worktray: its tasks and where the page is in the whole list. */
	record TaskPage(List<WorktrayTask> tasks, Paging paging) {
	}

}
