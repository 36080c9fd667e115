package org.caseworkportal.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.RuntimeService;
import org.caseworkportal.pep.Completion;
import org.caseworkportal.pep.PepProcess;
import org.caseworkportal.workflow.CaseVariables;
import org.caseworkportal.workflow.ProcessVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A large authority's open work: {@code workItems} open PEPs, each a real process instance at a
 * user task, for as many children in care, dealt in turn over 2,000 settings (50 each at
 * 100,000). Each setting has one Designated Teacher, a member of it; ten Virtual School officers
 * sent the PEPs. Of each setting's PEPs one in ten is at the officer's quality assurance (assigned
 * to the officer), the rest with the school (offered to the setting's members). Meetings are 60 to
 * 360 days away, so no reminder or overdue timer fires while the benchmark runs.
 *
 * <p>The people, settings, children, form submissions and PEP rows go in with batched JDBC, as
 * in {@link PepWorkload}; the processes are started through the engine, {@value #BATCH} to a
 * transaction on several threads, so that the engine's own listener writes the work items and
 * the PEPs' stages, as for any PEP.
 */
final class WorktrayWorkload {

	static final int SETTINGS = 2_000;

	static final int OFFICERS = 10;

	/** Processes started in one transaction. */
	static final int BATCH = 500;

	private static final int INSERT_BATCH = 1_000;

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final String URN_PREFIX = "WTRAY";

	private static final String EMAIL_DOMAIN = "@worktray-bench.example";

	private static final String TASK_COMPLETE = "Task_CompletePep";

	private static final String TASK_QUALITY_ASSURE = "Task_QualityAssurePep";

	private static final List<String> FORENAMES = List.of("Alex", "Bailey", "Casey", "Devon", "Eden", "Frankie",
			"Harper", "Jordan", "Kai", "Logan", "Morgan", "Noor", "Parker", "Quinn", "Riley", "Sam", "Taylor");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final RuntimeService runtime;

	WorktrayWorkload(JdbcTemplate jdbc, TransactionTemplate transaction, RuntimeService runtime) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.runtime = runtime;
	}

	/** The email address of the Designated Teacher of the workload's {@code n}th setting, from 0. */
	static String teacher(int n) {
		return "dt-%04d%s".formatted(n, EMAIL_DOMAIN);
	}

	/** The email address of the workload's {@code n}th officer, from 0. */
	static String officer(int n) {
		return "officer-%02d%s".formatted(n, EMAIL_DOMAIN);
	}

	/** Whether an earlier run already added a workload to this database (a PostgreSQL one is kept). */
	boolean present() {
		return jdbc.queryForObject("select count(*) from education_setting where urn like '" + URN_PREFIX + "%'",
				Integer.class) > 0;
	}

	/** The open work items of the workload's PEPs. */
	long workItems() {
		return jdbc.queryForObject("select count(*) from work_item where business_key like 'PEP-____-W%'", Long.class);
	}

	/**
	 * Adds the people, settings, children and PEPs in one transaction, then starts the PEPs'
	 * processes, {@value #BATCH} to a transaction on {@code threads} threads, printing how far it has got.
	 *
	 * @param passwordHash every account's password, as the portal stores it
	 * @param formVersion the version of the PEP form the submissions are of
	 */
	void add(int workItems, LocalDate today, Instant now, String passwordHash, int formVersion, int threads)
			throws Exception {
		List<PepRow> peps = transaction.execute(status -> rows(workItems, today, now, passwordHash, formVersion));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			AtomicInteger started = new AtomicInteger();
			long from = System.nanoTime();
			List<Future<?>> batches = new ArrayList<>();
			for (int first = 0; first < peps.size(); first += BATCH) {
				List<PepRow> batch = peps.subList(first, Math.min(first + BATCH, peps.size()));
				batches.add(pool.submit(() -> {
					transaction.executeWithoutResult(status -> start(batch));
					int done = started.addAndGet(batch.size());
					if (done % 10_000 < BATCH) {
						System.out.printf("Worktray workload: %,d of %,d processes started in %.0f s%n", done,
								peps.size(), (System.nanoTime() - from) / 1e9);
					}
				}));
			}
			for (Future<?> batch : batches) {
				batch.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<PepRow> rows(int workItems, LocalDate today, Instant now, String passwordHash, int formVersion) {
		List<Long> officers = accounts(OFFICERS, WorktrayWorkload::officer, "Officer", "VIRTUAL_SCHOOL", passwordHash, now);
		List<Long> settings = settings();
		List<Long> teachers = accounts(SETTINGS, WorktrayWorkload::teacher, "Teacher", "PROFESSIONAL", passwordHash, now);
		List<Object[]> members = new ArrayList<>();
		for (int n = 0; n < SETTINGS; n++) {
			members.add(new Object[] { settings.get(n), teachers.get(n) });
		}
		jdbc.batchUpdate("""
				insert into setting_member (setting_id, account_id, job_title, added_at)
				values (?, ?, 'Designated Teacher', ?)""", members, INSERT_BATCH, (statement, member) -> {
			statement.setLong(1, (Long) member[0]);
			statement.setLong(2, (Long) member[1]);
			statement.setTimestamp(3, Timestamp.from(now));
		});
		List<Long> children = children(workItems, settings);
		List<PepRow> peps = new ArrayList<>();
		int atQualityAssurance = 0;
		for (int n = 0; n < workItems; n++) {
			int setting = n % SETTINGS;
			int round = n / SETTINGS;
			// One in ten of each setting's PEPs, staggered by setting so that every size has them.
			boolean qualityAssurance = (round + setting) % 10 == 9;
			long officer = officers.get(qualityAssurance ? atQualityAssurance++ % OFFICERS : n % OFFICERS);
			LocalDate meeting = today.plusDays(60 + n % 300);
			peps.add(new PepRow(n, children.get(n), settings.get(setting), teachers.get(setting), officer, meeting,
					qualityAssurance ? TASK_QUALITY_ASSURE : TASK_COMPLETE, null, null));
		}
		List<Long> submissions = insert("""
				insert into form_submission (child_id, form_key, form_version, status, answers, completed_sections,
				    revision, created_by, created_at, updated_by, updated_at, submitted_by, submitted_at)
				values (?, 'pep-ks5', ?, ?, ?, '', 1, ?, ?, ?, ?, ?, ?)""", peps, (pep, statement) -> {
			statement.setLong(1, pep.child());
			statement.setInt(2, formVersion);
			statement.setString(3, pep.withSchool() ? "DRAFT" : "SUBMITTED");
			statement.setString(4, "{\"meetingDate\":\"" + pep.meeting() + "\"}");
			statement.setLong(5, pep.officer());
			statement.setTimestamp(6, at(today.minusDays(7)));
			statement.setLong(7, pep.officer());
			statement.setTimestamp(8, at(today.minusDays(7)));
			if (pep.withSchool()) {
				statement.setNull(9, Types.BIGINT);
				statement.setNull(10, Types.TIMESTAMP);
			}
			else {
				statement.setLong(9, pep.teacher());
				statement.setTimestamp(10, at(today.minusDays(2)));
			}
		});
		List<PepRow> withSubmissions = new ArrayList<>();
		for (int n = 0; n < peps.size(); n++) {
			withSubmissions.add(peps.get(n).withSubmission(submissions.get(n)));
		}
		List<Long> ids = insert("""
				insert into pep (reference, child_id, submission_id, meeting_date, completion, setting_id, officer_id,
				    stage, contribution_due, first_submitted_at, submitted_at, submitted_by, returned_count, started_at)
				values (?, ?, ?, ?, 'SETTING', ?, ?, ?, ?, ?, ?, ?, 0, ?)""", withSubmissions, (pep, statement) -> {
			statement.setString(1, pep.reference());
			statement.setLong(2, pep.child());
			statement.setLong(3, pep.submission());
			statement.setDate(4, Date.valueOf(pep.meeting()));
			statement.setLong(5, pep.setting());
			statement.setLong(6, pep.officer());
			statement.setString(7, pep.withSchool() ? "WITH_SCHOOL" : "QUALITY_ASSURANCE");
			statement.setDate(8, Date.valueOf(pep.meeting().plusDays(14)));
			Timestamp submitted = pep.withSchool() ? null : at(today.minusDays(2));
			statement.setTimestamp(9, submitted);
			statement.setTimestamp(10, submitted);
			statement.setObject(11, pep.withSchool() ? null : pep.teacher(), Types.BIGINT);
			statement.setTimestamp(12, at(today.minusDays(7)));
		});
		List<PepRow> complete = new ArrayList<>();
		for (int n = 0; n < withSubmissions.size(); n++) {
			complete.add(withSubmissions.get(n).withId(ids.get(n)));
		}
		return complete;
	}

	/**
	 * Starts each PEP's process at its task, with the variables {@code PepWorkflow.start} gives it
	 * and the one the steps before would have set (the school was told), in the caller's
	 * transaction; the engine's listener writes the work item and the PEP's stage and due date.
	 */
	private void start(List<PepRow> batch) {
		List<Object[]> started = new ArrayList<>();
		for (PepRow pep : batch) {
			Map<String, Object> variables = new HashMap<>();
			put(variables, CaseVariables.CASE_ID, pep.id());
			put(variables, CaseVariables.CHILD_ID, pep.child());
			put(variables, CaseVariables.REQUESTED_BY, pep.officer());
			put(variables, ProcessVariable.id("officer"), pep.officer());
			put(variables, ProcessVariable.date("meetingDate"), pep.meeting());
			put(variables, ProcessVariable.text("completion"), Completion.SETTING.variable());
			put(variables, ProcessVariable.id("settingId"), pep.setting());
			put(variables, ProcessVariable.flag("schoolTold"), true);
			String processInstance = runtime.createProcessInstanceByKey(PepProcess.KEY)
				.businessKey(pep.reference())
				.setVariables(variables)
				.startBeforeActivity(pep.task())
				.execute()
				.getId();
			started.add(new Object[] { processInstance, pep.id() });
		}
		jdbc.batchUpdate("update pep set process_instance_id = ? where id = ?", started);
	}

	private static <T> void put(Map<String, Object> variables, ProcessVariable<T> variable, T value) {
		variables.put(variable.name(), variable.write(value));
	}

	/** Verified accounts with one role each, as {@code Accounts.open} makes them, sharing one password hash. */
	private List<Long> accounts(int count, IntFunction<String> email, String surname, String role, String passwordHash, Instant now) {
		List<Integer> numbers = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			numbers.add(n);
		}
		List<Long> ids = insert("""
				insert into account (email, password_hash, forename, surname, created_at, password_changed_at, verified_at)
				values (?, ?, ?, ?, ?, ?, ?)""", numbers, (n, statement) -> {
			statement.setString(1, email.apply(n));
			statement.setString(2, passwordHash);
			statement.setString(3, FORENAMES.get(n % FORENAMES.size()));
			statement.setString(4, surname + n);
			statement.setTimestamp(5, Timestamp.from(now));
			statement.setTimestamp(6, Timestamp.from(now));
			statement.setTimestamp(7, Timestamp.from(now));
		});
		jdbc.batchUpdate("insert into account_role (account_id, role) values (?, ?)", ids, INSERT_BATCH,
				(statement, id) -> {
					statement.setLong(1, id);
					statement.setString(2, role);
				});
		return ids;
	}

	private List<Long> settings() {
		List<Integer> numbers = new ArrayList<>();
		for (int n = 0; n < SETTINGS; n++) {
			numbers.add(n);
		}
		return insert("insert into education_setting (urn, name, phase, nominated_email) values (?, ?, 'SECONDARY', ?)",
				numbers, (n, statement) -> {
					statement.setString(1, URN_PREFIX + "%04d".formatted(n));
					statement.setString(2, "Worktray School " + n);
					statement.setString(3, "pep-%04d%s".formatted(n, EMAIL_DOMAIN));
				});
	}

	private List<Long> children(int count, List<Long> settings) {
		List<Integer> numbers = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			numbers.add(n);
		}
		return insert("""
				insert into child (forename, surname, date_of_birth, upn, setting_id, in_care, send_status)
				values (?, ?, ?, ?, ?, true, 'NONE')""", numbers, (n, statement) -> {
			statement.setString(1, FORENAMES.get(n % FORENAMES.size()));
			statement.setString(2, "Worktray" + n);
			statement.setDate(3, Date.valueOf(LocalDate.of(2008, 9, 1).plusDays(n % 3_000)));
			statement.setString(4, "W%012d".formatted(n));
			statement.setLong(5, settings.get(n % SETTINGS));
		});
	}

	private <T> List<Long> insert(String sql, List<T> rows, BatchInserts.RowSetter<T> setter) {
		return BatchInserts.insert(jdbc, sql, rows, setter);
	}

	private static Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(LocalTime.of(15, 0)).atZone(UK).toInstant());
	}


	/** One open PEP: whose, where (and the setting's teacher), when it meets, and the task its process waits at. */
	private record PepRow(int seed, long child, long setting, long teacher, long officer, LocalDate meeting,
			String task, Long submission, Long id) {

		PepRow withSubmission(long submissionId) {
			return new PepRow(seed, child, setting, teacher, officer, meeting, task, submissionId, id);
		}

		PepRow withId(long pepId) {
			return new PepRow(seed, child, setting, teacher, officer, meeting, task, submission, pepId);
		}

		boolean withSchool() {
			return task.equals(TASK_COMPLETE);
		}

		String reference() {
			return "PEP-%d-W%07d".formatted(meeting.getYear(), seed);
		}

	}

}
