package org.caseworkportal.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for who may see a child: a person linked to the child (social worker, Virtual
 * School officer, SEN caseworker, parent, a professional given work about the child by name), a
 * member of the child's education setting, or, for a child in care, any Virtual School officer of
 * the authority (the Virtual School is every looked-after child's). Every page that shows a
 * child's data asks here; engine authorization is not relied on.
 */
@Service
@Transactional(readOnly = true)
public class ChildAccessPolicy {

	/**
	 * The rule as a condition on the child table aliased {@code c}. Subqueries that do not depend
	 * on the row, rather than a union of visible ids, so that a list over thousands of records
	 * stays fast on H2 as well as PostgreSQL.
	 */
	private static final String VISIBLE = """
			(c.in_care and :viewerIsVirtualSchool = true
			 or c.id in (select l.child_id from child_link l where l.account_id = :viewer)
			 or c.setting_id in (select m.setting_id from setting_member m where m.account_id = :viewer))""";

	/**
	 * The visible children whose name or UPN contains the search's pattern (any case; all of them
	 * when it is null), as the rest of a statement after its select list.
	 */
	private static final String VISIBLE_MATCHING = """
			from child c left join education_setting s on s.id = c.setting_id
			where %s and (cast(:pattern as varchar) is null
			    or lower(c.forename || ' ' || c.surname) like :pattern escape '!'
			    or lower(c.upn) like :pattern escape '!')
			""".formatted(VISIBLE);

	/**
	 * The rule without its Virtual School part, for anyone else's list of every child they may see
	 * (a professional's or parent's home page): the children linked to them and those at their
	 * settings, as a union of ids, each found by index. The rule's "or" of subqueries cannot use an
	 * index and reads every child's record: 40 ms a page over 100,000 children (bench/README.md).
	 */
	private static final String LINKED_OR_AT_THEIR_SETTINGS = """
			from child c left join education_setting s on s.id = c.setting_id
			where c.id in (select l.child_id from child_link l where l.account_id = :viewer
			    union select x.id from setting_member m join child x on x.setting_id = m.setting_id where m.account_id = :viewer)
			""";

	private static final String SUMMARY_COLUMNS = "select c.*, s.name as setting_name ";

	private static final String BY_NAME = "order by c.surname, c.forename, c.id";

	private final JdbcClient jdbc;

	ChildAccessPolicy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String CHILD_COLUMNS = """
			select c.*, s.name as setting_name,
			    (select min(a.forename || ' ' || a.surname) from child_link l join account a on a.id = l.account_id
			     where l.child_id = c.id and l.relationship = 'SOCIAL_WORKER') as social_worker_name,
			    (select min(a.forename || ' ' || a.surname) from child_link l join account a on a.id = l.account_id
			     where l.child_id = c.id and l.relationship = 'VIRTUAL_SCHOOL_OFFICER') as officer_name
			from child c left join education_setting s on s.id = c.setting_id
			""";

	/** Every child the person may see, by surname: for a Virtual School officer, thousands. */
	public List<ChildSummary> childrenVisibleTo(PortalUser user) {
		if (!user.hasRole(Role.VIRTUAL_SCHOOL)) {
			return jdbc.sql(SUMMARY_COLUMNS + LINKED_OR_AT_THEIR_SETTINGS + BY_NAME)
				.param("viewer", user.id().value())
				.query((rs, row) -> summary(rs))
				.list();
		}
		return matching(user, "", SUMMARY_COLUMNS + VISIBLE_MATCHING + BY_NAME).query((rs, row) -> summary(rs)).list();
	}

	/**
	 * One page of the children the person may see whose name or UPN contains {@code search}, in
	 * any case (all of them when it is blank), by surname.
	 */
	public List<ChildSummary> childrenVisibleTo(PortalUser user, String search, int offset, int limit) {
		return matching(user, search, SUMMARY_COLUMNS + VISIBLE_MATCHING + BY_NAME + " limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> summary(rs))
			.list();
	}

	/**
	 * The children linked to the person by name (their caseload), by surname: a short list,
	 * where every child they may see can be thousands.
	 */
	public List<ChildSummary> caseloadOf(PortalUser user) {
		return jdbc.sql(SUMMARY_COLUMNS + """
				from child c left join education_setting s on s.id = c.setting_id
				where c.id in (select l.child_id from child_link l where l.account_id = :viewer)
				""" + BY_NAME)
			.param("viewer", user.id().value())
			.query((rs, row) -> summary(rs))
			.list();
	}

	/** How many children {@link #childrenVisibleTo(PortalUser, String, int, int)} pages through. */
	public long countVisibleTo(PortalUser user, String search) {
		return matching(user, search, "select count(*) " + VISIBLE_MATCHING).query(Long.class).single();
	}

	private JdbcClient.StatementSpec matching(PortalUser user, String search, String sql) {
		String words = search == null ? "" : search.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return jdbc.sql(sql)
			.params(visibleChildren(user).parameters())
			.param("pattern", words.isEmpty() ? null : "%" + words.replaceAll("[!%_]", "!$0") + "%", Types.VARCHAR);
	}

	public boolean canSee(PortalUser user, ChildId child) {
		return jdbc.sql("select count(*) from child c where c.id = :child and " + VISIBLE)
			.param("child", child.value())
			.params(visibleChildren(user).parameters())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * This rule as SQL, for a list that filters many children's records in the database instead
	 * of asking {@link #canSee} about each (the PEP trackers): a condition on the child table
	 * aliased {@code c}, with the parameters to bind.
	 */
	public VisibleChildren visibleChildren(PortalUser user) {
		return new VisibleChildren(VISIBLE,
				Map.of("viewer", user.id().value(), "viewerIsVirtualSchool", user.hasRole(Role.VIRTUAL_SCHOOL)));
	}

	/** The child's case record, if the person may see the child; empty otherwise, as if there were none. */
	public Optional<ChildRecord> recordVisibleTo(PortalUser user, ChildId child) {
		return canSee(user, child) ? recordOf(child) : Optional.empty();
	}

	/**
	 * The child's case record without asking who wants it: only for work the portal does itself
	 * (a process step, a sample for the form gallery), never for a page a person asked for.
	 */
	public Optional<ChildRecord> recordOf(ChildId child) {
		return jdbc.sql(CHILD_COLUMNS + "where c.id = :child")
			.param("child", child.value())
			.query((rs, row) -> new ChildRecord(summary(rs),
					new ChildDetails(rs.getString("preferred_name"), rs.getString("gender"), rs.getString("ethnicity"),
							rs.getString("home_address"), rs.getString("legal_status"),
							rs.getDate("in_care_since") == null ? null : rs.getDate("in_care_since").toLocalDate(),
							rs.getBigDecimal("sdq_score"), rs.getString("year_group")),
					rs.getString("social_worker_name"), rs.getString("officer_name")))
			.optional();
	}

	private static ChildSummary summary(ResultSet rs) throws SQLException {
		return new ChildSummary(new ChildId(rs.getLong("id")), rs.getString("forename"), rs.getString("surname"),
				rs.getDate("date_of_birth").toLocalDate(), rs.getString("upn"), rs.getString("setting_name"),
				rs.getBoolean("in_care"), SendStatus.valueOf(rs.getString("send_status")));
	}

}
