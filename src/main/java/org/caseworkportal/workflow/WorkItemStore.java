package org.caseworkportal.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.People;
import org.caseworkportal.people.Relationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code work_item} and {@code work_item_holder} tables, written only by {@link WorkItemListener}. */
@Repository
class WorkItemStore {

	/** The columns of {@code work_item w}, named {@code w_...} so that they can stand beside another table's. */
	static final String COLUMNS = """
			w.task_id as w_task_id, w.process_key as w_process_key, w.business_key as w_business_key,
			w.case_id as w_case_id, w.child_id as w_child_id, w.task_key as w_task_key, w.requested_by as w_requested_by,
			w.assignee_id as w_assignee_id, w.due_at as w_due_at, w.follow_up_at as w_follow_up_at,
			w.created_at as w_created_at""";

	private final JdbcClient jdbc;

	private final People people;

	WorkItemStore(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	void add(WorkItem item, String processInstanceId, Collection<Holder> holders) {
		jdbc.sql("""
				insert into work_item (task_id, process_instance_id, process_key, business_key, case_id, child_id, task_key,
				    requested_by, assignee_id, due_at, follow_up_at, created_at)
				values (:task, :process, :processKey, :businessKey, :caseId, :child, :taskKey, :requestedBy, :assignee,
				    :due, :followUp, :created)""")
			.param("task", item.taskId())
			.param("process", processInstanceId)
			.param("processKey", item.processKey())
			.param("businessKey", item.businessKey())
			.param("caseId", item.caseId())
			.param("child", item.childId().value())
			.param("taskKey", item.taskKey())
			.param("requestedBy", item.requestedBy() == null ? null : item.requestedBy().value())
			.param("assignee", item.assignee() == null ? null : item.assignee().value())
			.param("due", timestamp(item.dueAt()))
			.param("followUp", timestamp(item.followUpAt()))
			.param("created", timestamp(item.createdAt()))
			.update();
		addHolders(item.taskId(), item.childId(), item.assignee() == null, holders);
	}

	/**
	 * The task's assignee or dates changed; returns whether it is a work item at all. Its holders
	 * offer it while nobody is assigned it.
	 */
	boolean changed(String taskId, AccountId assignee, Instant dueAt, Instant followUpAt) {
		boolean found = jdbc
			.sql("update work_item set assignee_id = :assignee, due_at = :due, follow_up_at = :followUp where task_id = :task")
			.param("assignee", assignee == null ? null : assignee.value())
			.param("due", timestamp(dueAt))
			.param("followUp", timestamp(followUpAt))
			.param("task", taskId)
			.update() > 0;
		if (found) {
			jdbc.sql("update work_item_holder set offered = :offered where task_id = :task")
				.param("offered", assignee == null)
				.param("task", taskId)
				.update();
		}
		return found;
	}

	/** The task's candidates changed: its holders are written again. */
	void replaceHolders(String taskId, Collection<Holder> holders) {
		jdbc.sql("select child_id, assignee_id from work_item where task_id = :task")
			.param("task", taskId)
			.query((rs, row) -> new Open(new ChildId(rs.getLong("child_id")), rs.getObject("assignee_id") == null))
			.optional()
			.ifPresent(item -> {
				jdbc.sql("delete from work_item_holder where task_id = :task").param("task", taskId).update();
				addHolders(taskId, item.child(), item.offered(), holders);
			});
	}

	void remove(String taskId) {
		jdbc.sql("delete from work_item where task_id = :task").param("task", taskId).update();
	}

	/** Every work item of the process instance goes: it has ended, or was cancelled. */
	void removeProcess(String processInstanceId) {
		jdbc.sql("delete from work_item where process_instance_id = :process").param("process", processInstanceId).update();
	}

	/** The child's person in this role changed: the work items held in that role move to whoever it is now. */
	void reresolve(ChildId child, Relationship relationship) {
		List<Map.Entry<String, Boolean>> tasks = jdbc.sql("""
				select distinct h.task_id, w.assignee_id from work_item_holder h join work_item w on w.task_id = h.task_id
				where w.child_id = :child and h.relationship = :relationship""")
			.param("child", child.value())
			.param("relationship", relationship.name())
			.query((rs, row) -> Map.entry(rs.getString("task_id"), rs.getObject("assignee_id") == null))
			.list();
		for (Map.Entry<String, Boolean> task : tasks) {
			jdbc.sql("delete from work_item_holder where task_id = :task and relationship = :relationship")
				.param("task", task.getKey())
				.param("relationship", relationship.name())
				.update();
			addCaseRole(task.getKey(), child, relationship, task.getValue());
		}
	}

	/** @param offered whether nobody is assigned the item, so that its holders offer it */
	private void addHolders(String taskId, ChildId child, boolean offered, Collection<Holder> holders) {
		for (Holder holder : holders) {
			if (holder instanceof Holder.Person person) {
				addHolder(taskId, person.account().value(), null, null, null, offered);
			}
			else if (holder instanceof Holder.SettingMembers members) {
				addHolder(taskId, null, members.setting().value(), null, null, offered);
			}
			else if (holder instanceof Holder.StaffRole role) {
				addHolder(taskId, null, null, role.role().name(), null, offered);
			}
			else if (holder instanceof Holder.CaseRole role) {
				addCaseRole(taskId, child, role.relationship(), offered);
			}
		}
	}

	/**
	 * One row for each person linked to the child in the role, or one naming nobody yet, so that
	 * the role is there to resolve again when someone is linked.
	 */
	private void addCaseRole(String taskId, ChildId child, Relationship relationship, boolean offered) {
		List<AccountId> linked = people.linkedTo(child, relationship);
		if (linked.isEmpty()) {
			addHolder(taskId, null, null, null, relationship.name(), offered);
		}
		linked.forEach(account -> addHolder(taskId, account.value(), null, null, relationship.name(), offered));
	}

	private void addHolder(String taskId, Long account, Long setting, String role, String relationship, boolean offered) {
		jdbc.sql("""
				insert into work_item_holder (task_id, account_id, setting_id, role, relationship, offered)
				values (:task, :account, :setting, :role, :relationship, :offered)""")
			.param("task", taskId)
			.param("account", account)
			.param("setting", setting)
			.param("role", role)
			.param("relationship", relationship)
			.param("offered", offered)
			.update();
	}

	/** The work item of a row that selected {@link #COLUMNS}; null when an outer join found none. */
	static WorkItem workItem(ResultSet rs) throws SQLException {
		if (rs.getString("w_task_id") == null) {
			return null;
		}
		return new WorkItem(rs.getString("w_task_id"), rs.getString("w_process_key"), rs.getString("w_business_key"),
				rs.getLong("w_case_id"), new ChildId(rs.getLong("w_child_id")), rs.getString("w_task_key"),
				account(rs, "w_requested_by"), account(rs, "w_assignee_id"), instant(rs, "w_due_at"),
				instant(rs, "w_follow_up_at"), instant(rs, "w_created_at"));
	}

	private static AccountId account(ResultSet rs, String column) throws SQLException {
		long id = rs.getLong(column);
		return rs.wasNull() ? null : new AccountId(id);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	/** An open work item's child, and whether nobody is assigned it. */
	private record Open(ChildId child, boolean offered) {
	}

}
