package org.caseworkportal.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.SettingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open work items of every case, and the one rule of who may act on one: its assignee, or
 * anyone among its holders (a person named, a member of a setting named, staff with a role named,
 * the person in a case role named). A worktray lists what is assigned to the person, and what is
 * offered to them while nobody has it.
 */
@Service
@Transactional(readOnly = true)
public class WorkItems {

	/**
	 * The ids of the work items in a person's worktray, as SQL for features' worktray queries
	 * ({@code where w.task_id in (...)}), with the parameters {@code :me} (the account id) and
	 * {@code :roles} ({@link #rolesOf}). Each select reads one range of one index, of the person's
	 * own items only: a holder says whether its item is on offer (nobody is assigned it), so that a
	 * role's items assigned to others are never read; see docs/adr/0003.
	 */
	public static final String IN_WORKTRAY_OF = """
			select a.task_id from work_item a where a.assignee_id = :me
			union all
			select h.task_id from work_item_holder h where h.account_id = :me and h.offered = true
			union all
			select h.task_id from setting_member m join work_item_holder h on h.setting_id = m.setting_id
			where m.account_id = :me and h.offered = true
			union all
			select h.task_id from work_item_holder h where h.role in (:roles) and h.offered = true""";

	/**
	 * The one rule of who may act on the work item {@code work_item w}, as an SQL condition with
	 * the parameters {@code :me} and {@code :roles} ({@link #rolesOf}): its assignee, or anyone among
	 * its holders. {@link #mayWork} asks it; a feature may put it in the query that reads its case
	 * with its open work item, so that a page asks once.
	 */
	public static final String MAY_WORK = """
			(w.assignee_id = :me or exists (select 1 from work_item_holder h where h.task_id = w.task_id
			    and (h.account_id = :me or h.role in (:roles)
			        or h.setting_id in (select m.setting_id from setting_member m where m.account_id = :me))))""";

	/** The columns of {@code work_item w} that {@link #fromRow} reads, each named {@code w_...}. */
	public static final String COLUMNS = WorkItemStore.COLUMNS;

	private final JdbcClient jdbc;

	WorkItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The {@code :roles} parameter of {@link #IN_WORKTRAY_OF}: the person's roles, never an empty list. */
	public static List<String> rolesOf(PortalUser user) {
		List<String> roles = user.roles().stream().map(Role::name).toList();
		return roles.isEmpty() ? List.of("") : roles;
	}

	/** A work item from a row of a feature's query that selected {@link #COLUMNS}; null where an outer join found none. */
	public static WorkItem fromRow(ResultSet rs) throws SQLException {
		return WorkItemStore.workItem(rs);
	}

	/** The case's open work items, oldest first. */
	public List<WorkItem> openOf(String processKey, long caseId) {
		return jdbc.sql("select " + COLUMNS
				+ " from work_item w where w.process_key = :key and w.case_id = :case order by w.created_at, w.task_id")
			.param("key", processKey)
			.param("case", caseId)
			.query((rs, row) -> WorkItemStore.workItem(rs))
			.list();
	}

	/** The case's open work item at this user task, if it is there now. */
	public Optional<WorkItem> openAt(String processKey, long caseId, String taskKey) {
		return openOf(processKey, caseId).stream().filter(item -> item.taskKey().equals(taskKey)).findFirst();
	}

	/** Whether the person may act on the work item: the one rule, for pages and worktrays alike. */
	public boolean mayWork(PortalUser user, WorkItem item) {
		if (user.id().equals(item.assignee())) {
			return true;
		}
		return jdbc.sql("select count(*) from work_item w where w.task_id = :task and " + MAY_WORK)
			.param("task", item.taskId())
			.param("me", user.id().value())
			.param("roles", rolesOf(user))
			.query(Long.class)
			.single() > 0;
	}

	/** Who holds the work item now: whom to tell about it. The assignee alone, once it has one. */
	public Holders holdersOf(WorkItem item) {
		if (item.assignee() != null) {
			return new Holders(List.of(item.assignee()), List.of(), List.of());
		}
		List<Row> rows = jdbc.sql("select account_id, setting_id, role from work_item_holder where task_id = :task")
			.param("task", item.taskId())
			.query((rs, row) -> new Row((Long) rs.getObject("account_id", Long.class),
					(Long) rs.getObject("setting_id", Long.class), rs.getString("role")))
			.list();
		return new Holders(
				rows.stream().filter(row -> row.account() != null).map(row -> new AccountId(row.account())).distinct().toList(),
				rows.stream().filter(row -> row.setting() != null).map(row -> new SettingId(row.setting())).distinct().toList(),
				rows.stream().filter(row -> row.role() != null).map(row -> Role.valueOf(row.role())).distinct().toList());
	}

	private record Row(Long account, Long setting, String role) {
	}

}
