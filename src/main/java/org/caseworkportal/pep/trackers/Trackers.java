package org.caseworkportal.pep.trackers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.caseworkportal.pep.PepProcess;
import org.caseworkportal.pep.PepStage;
import org.caseworkportal.pep.trackers.TrackerOptions.Named;
import org.caseworkportal.people.VisibleChildren;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trackers' queries over the {@code pep} table, each over the PEPs of the children the person
 * may see, with each open PEP's due date from its work item (docs/adr/0003). The counts are grouped by school in SQL, so that one query serves the whole page and
 * the school filter only picks rows out of them. The open PEPs are read through the index of
 * stages and due dates, the year's contributions through that of contribution due dates
 * (V15__peps.sql).
 */
@Repository
@Transactional(readOnly = true)
class Trackers {

	private static final List<String> OPEN_STAGES = Arrays.stream(PepStage.values())
		.filter(PepStage::open)
		.map(PepStage::name)
		.toList();

	/** The PEPs, each with its open task's work item (the process's due date) while it has one. */
	private static final String FROM_VISIBLE_PEPS = """
			from pep p join child c on c.id = p.child_id
			left join work_item w on w.process_key = '%s' and w.case_id = p.id
			where %s
			""";

	/**
	 * Whether the contribution came in by the deadline on its due date; null when it has not come
	 * in. See {@link ContributionDeadlines}.
	 */
	private static final String ON_TIME = """
			extract(epoch from p.first_submitted_at) - extract(epoch from p.contribution_due)
			    <= case when p.contribution_due between :shiftedFrom and :shiftedTo then :shiftedSeconds else :seconds end""";

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	Trackers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The schools any PEP was started at, by name. */
	List<Named> schoolsWithPeps() {
		return jdbc.sql("""
				select s.id, s.name from education_setting s
				where exists (select 1 from pep p where p.setting_id = s.id)
				order by s.name, s.id""")
			.query((rs, row) -> new Named(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** The Virtual School's officers who can sign in, by surname. */
	List<Named> officers() {
		return jdbc.sql("""
				select a.id, a.forename, a.surname from account a join account_role r on r.account_id = a.id
				where r.role = 'VIRTUAL_SCHOOL' and a.enabled
				order by a.surname, a.forename, a.id""")
			.query((rs, row) -> new Named(rs.getLong("id"), rs.getString("forename") + " " + rs.getString("surname")))
			.list();
	}

	/** Open PEPs by school and stage: how many, how many overdue and how many due this week. */
	List<OpenCount> openCounts(VisibleChildren visible, Long officer, TrackerDates dates) {
		var query = new Query(visible, officer).where("p.stage in (:open)", "open", OPEN_STAGES)
			.parameter("today", startOf(dates.today()))
			.parameter("weekStart", startOf(dates.weekStart()))
			.parameter("afterWeek", startOf(dates.weekEnd().plusDays(1)));
		return jdbc.sql("""
				select p.setting_id, p.stage, count(*) as open_peps,
				    sum(case when w.due_at < :today then 1 else 0 end) as overdue,
				    sum(case when w.due_at >= :weekStart and w.due_at < :afterWeek then 1 else 0 end) as due_this_week
				""" + query.from() + "group by p.setting_id, p.stage")
			.params(query.parameters)
			.query((rs, row) -> new OpenCount(settingId(rs), PepStage.valueOf(rs.getString("stage")), rs.getInt("open_peps"),
					rs.getInt("overdue"), rs.getInt("due_this_week")))
			.list();
	}

	/** PEPs finalised in the last 12 months, by school. */
	List<SchoolCount> finalisedBySchool(VisibleChildren visible, Long officer, TrackerDates dates) {
		var query = finalised(new Query(visible, officer), dates);
		return jdbc.sql("select p.setting_id, count(*) as finalised " + query.from() + "group by p.setting_id")
			.params(query.parameters)
			.query((rs, row) -> new SchoolCount(settingId(rs), rs.getInt("finalised")))
			.list();
	}

	/**
	 * For PEPs whose contribution was due in the 12 months, by school and month: how many count
	 * (the contribution came in, or its deadline has passed) and how many came in on time.
	 * Retracted PEPs, and those an administrator ended in the engine, are left out.
	 */
	List<OnTimeCount> onTimeBySchool(VisibleChildren visible, Long officer, TrackerDates dates,
			ContributionDeadlines deadlines) {
		var query = new Query(visible, officer)
			.where("p.contribution_due between :yearFrom and :yearTo and p.stage not in ('RETRACTED', 'ENDED')", "yearFrom",
					Date.valueOf(dates.yearFrom()))
			.parameter("yearTo", Date.valueOf(dates.yearTo()))
			.parameter("firstUndecidedDue", Date.valueOf(dates.firstUndecidedDue()))
			.parameter("seconds", deadlines.seconds())
			.parameter("shiftedFrom", Date.valueOf(deadlines.shiftedFrom()))
			.parameter("shiftedTo", Date.valueOf(deadlines.shiftedTo()))
			.parameter("shiftedSeconds", deadlines.shiftedSeconds());
		return jdbc.sql("""
				select p.setting_id, extract(year from p.contribution_due) as due_year,
				    extract(month from p.contribution_due) as due_month,
				    sum(case when p.first_submitted_at is not null or p.contribution_due < :firstUndecidedDue
				        then 1 else 0 end) as counted,
				    sum(case when %s then 1 else 0 end) as on_time
				""".formatted(ON_TIME) + query.from()
				+ "group by p.setting_id, extract(year from p.contribution_due), extract(month from p.contribution_due)")
			.params(query.parameters)
			.query((rs, row) -> new OnTimeCount(settingId(rs), YearMonth.of(rs.getInt("due_year"), rs.getInt("due_month")),
					rs.getInt("counted"), rs.getInt("on_time")))
			.list();
	}

	/**
	 * The PEPs the criteria pick, most overdue first (those without a due date last, the latest
	 * finalised first among them), {@code limit} of them from {@code offset}.
	 */
	List<TrackedPep> list(VisibleChildren visible, TrackerCriteria criteria, TrackerDates dates, int limit, int offset) {
		var query = picked(visible, criteria, dates).parameter("limit", limit).parameter("offset", offset);
		return jdbc.sql(listing(query) + " limit :limit offset :offset")
			.params(query.parameters)
			.query((rs, row) -> trackedPep(rs))
			.list();
	}

	/** How many PEPs the criteria pick. */
	long count(VisibleChildren visible, TrackerCriteria criteria, TrackerDates dates) {
		var query = picked(visible, criteria, dates);
		return jdbc.sql("select count(*) " + query.from()).params(query.parameters).query(Long.class).single();
	}

	/** Every PEP the criteria pick, in the list's order, one at a time. */
	void each(VisibleChildren visible, TrackerCriteria criteria, TrackerDates dates, Consumer<TrackedPep> action) {
		var query = picked(visible, criteria, dates);
		jdbc.sql(listing(query)).params(query.parameters).query((RowCallbackHandler) rs -> action.accept(trackedPep(rs)));
	}

	private static String listing(Query query) {
		return "select p.id, p.reference, c.forename, c.surname, p.setting_id, p.stage, w.due_at " + query.from()
				+ "order by w.due_at nulls last, p.finalised_at desc, p.id";
	}

	private static Query picked(VisibleChildren visible, TrackerCriteria criteria, TrackerDates dates) {
		var query = new Query(visible, criteria.officer());
		if (criteria.stage() == null) {
			query.where("p.stage in (:open)", "open", OPEN_STAGES);
		}
		else if (criteria.stage() == PepStage.FINALISED) {
			finalised(query, dates);
		}
		else {
			query.where("p.stage = :stage", "stage", criteria.stage().name());
		}
		if (criteria.school() != null) {
			query.where("p.setting_id = :school", "school", criteria.school());
		}
		if (criteria.due() == Due.THIS_WEEK) {
			query.where("w.due_at >= :weekStart and w.due_at < :afterWeek", "weekStart", startOf(dates.weekStart()))
				.parameter("afterWeek", startOf(dates.weekEnd().plusDays(1)));
		}
		else if (criteria.due() == Due.OVERDUE) {
			query.where("w.due_at < :today", "today", startOf(dates.today()));
		}
		return query;
	}

	private static Query finalised(Query query, TrackerDates dates) {
		return query.where("p.stage = 'FINALISED' and p.finalised_at >= :finalisedSince", "finalisedSince",
				Timestamp.from(dates.finalisedSince()));
	}

	private static TrackedPep trackedPep(ResultSet rs) throws SQLException {
		Timestamp due = rs.getTimestamp("due_at");
		return new TrackedPep(rs.getLong("id"), rs.getString("reference"), rs.getString("forename"), rs.getString("surname"),
				settingId(rs), PepStage.valueOf(rs.getString("stage")), due == null ? null : due.toInstant().atZone(UK).toLocalDate());
	}

	/** The first moment of the day in the UK, to compare due moments with. */
	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(UK).toInstant());
	}

	private static Long settingId(ResultSet rs) throws SQLException {
		long id = rs.getLong("setting_id");
		return rs.wasNull() ? null : id;
	}

	/** Open PEPs of one school (null: of no school) at one stage. */
	record OpenCount(Long settingId, PepStage stage, int open, int overdue, int dueThisWeek) {
	}

	record SchoolCount(Long settingId, int count) {
	}



	/** Contributions due in one month at one school (null: at no school). */
	record OnTimeCount(Long settingId, YearMonth month, int counted, int onTime) {
	}

	/** The conditions of one query: always the children the person may see, and the officer when one is chosen. */
	private static final class Query {

		private final StringBuilder conditions;

		private final Map<String, Object> parameters;

		Query(VisibleChildren visible, Long officer) {
			conditions = new StringBuilder(visible.condition());
			parameters = new HashMap<>(visible.parameters());
			if (officer != null) {
				where("p.officer_id = :officer", "officer", officer);
			}
		}

		Query where(String condition, String parameter, Object value) {
			conditions.append(" and ").append(condition);
			return parameter(parameter, value);
		}

		Query parameter(String name, Object value) {
			parameters.put(name, value);
			return this;
		}

		String from() {
			return FROM_VISIBLE_PEPS.formatted(PepProcess.KEY, conditions);
		}

	}

}
