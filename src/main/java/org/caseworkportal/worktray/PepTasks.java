package org.caseworkportal.worktray;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.identity.Portal;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.pep.PepStage;
import org.caseworkportal.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open PEP tasks of one person, read from the {@code pep} table the process keeps current
 * (the worktray is a read model: no engine query, no process variables). Whose tasks they are
 * is a select of PEP ids on indexed columns: a professional's are the PEPs with the school
 * delegated to one of their settings or to them by name; a Virtual School officer's, the PEPs
 * they started at a Virtual School stage; a social worker's, their children's PEPs waiting to be
 * finalised. Each page of a list is one statement, its total counted in the same statement.
 */
@Repository
@Transactional(readOnly = true)
class PepTasks {

	static final int PAGE_SIZE = 25;

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final List<PepStage> SCHOOL_STAGES = List.of(PepStage.WITH_SCHOOL, PepStage.RETURNED);

	private static final List<PepStage> OFFICER_STAGES = List.of(PepStage.PREPARING, PepStage.IN_HOUSE,
			PepStage.QUALITY_ASSURANCE, PepStage.SPOT_CHECK);

	private static final List<PepStage> SOCIAL_WORKER_STAGES = List.of(PepStage.FINALISING);

	private static final String RECENTLY_SUBMITTED = "q.submitted_at >= :since";

	private static final String TASKS = """
			select p.id, p.reference, p.stage, p.due_date, s.form_key, c.forename, c.surname,
			    o.forename as officer_forename, o.surname as officer_surname, count(*) over () as total
			from pep p
			join child c on c.id = p.child_id
			join form_submission s on s.id = p.submission_id
			join account o on o.id = p.officer_id
			where p.id in (%s)
			order by %s
			limit :limit offset :offset""";

	private static final String COUNTS = """
			select count(*) as open_tasks, coalesce(sum(case when p.due_date < :today then 1 else 0 end), 0) as overdue
			from pep p where p.id in (%s)""";

	private static final String SUBMITTED = """
			select p.id, p.reference, p.stage, p.submission_id, p.submitted_at, s.form_key, c.forename, c.surname,
			    b.forename as by_forename, b.surname as by_surname
			from pep p
			join child c on c.id = p.child_id
			join form_submission s on s.id = p.submission_id
			left join account b on b.id = p.submitted_by
			where p.id in (%s)
			order by p.submitted_at desc, p.id desc""";

	private final JdbcClient jdbc;

	private final FormDefinitions definitions;

	private final WorktrayProperties properties;

	private final Clock clock;

	PepTasks(JdbcClient jdbc, FormDefinitions definitions, WorktrayProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.definitions = definitions;
		this.properties = properties;
		this.clock = clock;
	}

	/** One page of the person's open tasks; a page past the end shows the last one. */
	TaskPage open(PortalUser user, TaskOrder order, int page) {
		Optional<String> whose = openTasksOf(user);
		if (whose.isEmpty()) {
			return new TaskPage(List.of(), Paging.of(1, 0, PAGE_SIZE));
		}
		LocalDate today = today();
		int number = Math.max(page, 1);
		TaskPage found = page(user, whose.get(), order, number, today);
		if (found.tasks().isEmpty() && number > 1) {
			long total = counts(user, whose.get(), today).open();
			return page(user, whose.get(), order, Paging.of(number, total, PAGE_SIZE).page(), today);
		}
		return found;
	}

	TaskCounts counts(PortalUser user) {
		return openTasksOf(user).map(whose -> counts(user, whose, today())).orElse(TaskCounts.NONE);
	}

	/** The PEPs of the professional's settings and their own submitted in the last days the settings say. */
	List<SubmittedPep> recentlySubmitted(PortalUser professional) {
		return jdbc.sql(SUBMITTED.formatted(schoolsPeps(RECENTLY_SUBMITTED)))
			.param("me", professional.id().value())
			.param("since", Timestamp.from(recentlySince()))
			.query((rs, row) -> submitted(rs))
			.list();
	}

	long recentlySubmittedCount(PortalUser professional) {
		return jdbc.sql("select count(*) from pep p where p.id in (" + schoolsPeps(RECENTLY_SUBMITTED) + ")")
			.param("me", professional.id().value())
			.param("since", Timestamp.from(recentlySince()))
			.query(Long.class)
			.single();
	}

	int recentlySubmittedDays() {
		return properties.recentlySubmittedDays();
	}

	private TaskPage page(PortalUser user, String whose, TaskOrder order, int number, LocalDate today) {
		List<WorktrayTask> tasks = new ArrayList<>();
		long[] total = { 0 };
		jdbc.sql(TASKS.formatted(whose, order.orderBy()))
			.param("me", user.id().value())
			.param("schoolStages", names(SCHOOL_STAGES))
			.param("officerStages", names(OFFICER_STAGES))
			.param("socialWorkerStages", names(SOCIAL_WORKER_STAGES))
			.param("limit", PAGE_SIZE)
			.param("offset", (number - 1) * PAGE_SIZE)
			.query(rs -> {
				total[0] = rs.getLong("total");
				tasks.add(task(rs, today));
			});
		return new TaskPage(tasks, Paging.of(number, total[0], PAGE_SIZE));
	}

	private TaskCounts counts(PortalUser user, String whose, LocalDate today) {
		return jdbc.sql(COUNTS.formatted(whose))
			.param("me", user.id().value())
			.param("schoolStages", names(SCHOOL_STAGES))
			.param("officerStages", names(OFFICER_STAGES))
			.param("socialWorkerStages", names(SOCIAL_WORKER_STAGES))
			.param("today", Date.valueOf(today))
			.query((rs, row) -> new TaskCounts(rs.getLong("open_tasks"), rs.getLong("overdue")))
			.single();
	}

	/**
	 * The ids of the person's open tasks' PEPs, by what they do; empty when nothing they do has
	 * PEP tasks (an SEN caseworker's come with the EHCP processes).
	 */
	private static Optional<String> openTasksOf(PortalUser user) {
		if (user.portal() == Portal.PROFESSIONAL) {
			return Optional.of(schoolsPeps("q.stage in (:schoolStages)"));
		}
		List<String> queries = new ArrayList<>();
		if (user.hasRole(Role.VIRTUAL_SCHOOL)) {
			queries.add("select q.id from pep q where q.officer_id = :me and q.stage in (:officerStages)");
		}
		if (user.hasRole(Role.SOCIAL_WORKER)) {
			queries.add("select q.id from pep q where q.social_worker_id = :me and q.stage in (:socialWorkerStages)");
		}
		return queries.isEmpty() ? Optional.empty() : Optional.of(String.join(" union all ", queries));
	}

	/**
	 * The ids of the PEPs delegated to the person's settings or to them by name that meet a
	 * condition on {@code pep q}. Two selects, each on its own index, rather than one with an
	 * {@code or}, which H2 answers by reading every open PEP.
	 */
	private static String schoolsPeps(String condition) {
		return """
				select q.id from setting_member m join pep q on q.setting_id = m.setting_id
				where m.account_id = :me and q.completion = 'SETTING' and %1$s
				union all
				select q.id from pep q where q.professional_id = :me and q.completion = 'PROFESSIONAL' and %1$s"""
			.formatted(condition);
	}

	private WorktrayTask task(ResultSet rs, LocalDate today) throws SQLException {
		Date due = rs.getDate("due_date");
		LocalDate requiredBy = due == null ? null : due.toLocalDate();
		return new WorktrayTask(rs.getLong("id"), rs.getString("reference"), name(rs, "forename", "surname"),
				formType(rs.getString("form_key")), requiredBy,
				Urgency.of(requiredBy, today, properties.dueSoonDays()), name(rs, "officer_forename", "officer_surname"),
				PepStage.valueOf(rs.getString("stage")));
	}

	private SubmittedPep submitted(ResultSet rs) throws SQLException {
		return new SubmittedPep(rs.getLong("id"), rs.getString("reference"), name(rs, "forename", "surname"),
				formType(rs.getString("form_key")), rs.getLong("submission_id"), rs.getTimestamp("submitted_at").toInstant(),
				rs.getString("by_forename") == null ? "" : name(rs, "by_forename", "by_surname"),
				PepStage.valueOf(rs.getString("stage")));
	}

	private String formType(String formKey) {
		return definitions.find(formKey).map(FormDefinition::title).orElse(formKey);
	}

	private LocalDate today() {
		return clock.instant().atZone(UK).toLocalDate();
	}

	private Instant recentlySince() {
		return clock.instant().minus(Duration.ofDays(properties.recentlySubmittedDays()));
	}

	private static String name(ResultSet rs, String forename, String surname) throws SQLException {
		return rs.getString(forename) + " " + rs.getString(surname);
	}

	private static List<String> names(List<PepStage> stages) {
		return stages.stream().map(PepStage::name).toList();
	}

	/** One page of a worktray: its tasks and where the page is in the whole list. */
	record TaskPage(List<WorktrayTask> tasks, Paging paging) {
	}

}
