package org.caseworkportal.bench;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.caseworkportal.pep.Completion;
import org.caseworkportal.pep.PepProcess;
import org.caseworkportal.workflow.CaseVariables;
import org.caseworkportal.workflow.ProcessVariable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Virtual School three years in: 2,000 children in care spread over 40 settings (one of them
 * the demo's Riverside Demo Academy), each with ten termly PEPs. Most are finalised, about a third
 * of them contributed late; a few hundred are open with the school or at quality assurance, due
 * around today, including one for each of Riverside's 50 children so that its Designated Teacher's
 * worktray runs to pages. Rows go straight into the tables in JDBC batches: the benchmark times
 * reading them. Each PEP's form submission holds only its meeting date. An open PEP's process is
 * real, though, started through the engine at its open task (the school's, or the officer's
 * quality assurance), because the worktrays list work items, which only the engine writes.
 */
final class PepWorkload {

	static final int SETTINGS = 40;

	static final int CHILDREN = 2_000;

	static final int PEPS_PER_CHILD = 10;

	private static final int BATCH = 1_000;

	private static final int TERM_DAYS = 110;

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final String URN_PREFIX = "BENCH";

	private static final List<String> FORENAMES = List.of("Alex", "Bailey", "Casey", "Devon", "Eden", "Frankie",
			"Harper", "Jordan", "Kai", "Logan", "Morgan", "Noor", "Parker", "Quinn", "Riley", "Sam", "Taylor");

	private final JdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final People people;

	/**
	 * Who the workload's PEPs belong to.
	 *
	 * @param riverside the demo setting that is one of the 40
	 * @param formVersion the version of the PEP form the submissions are of
	 */
	record People(long officer, long socialWorker, long riversideTeacher, long riverside, int formVersion) {
	}

	PepWorkload(JdbcTemplate jdbc, RuntimeService runtime, People people) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.people = people;
	}

	/** Whether an earlier run already added the workload to this database (a PostgreSQL one is kept). */
	boolean present() {
		return jdbc.queryForObject("select count(*) from education_setting where urn like 'BENCH%'", Integer.class) > 0;
	}

	/** Adds the settings, children, their links and PEPs, with meeting dates counted back from {@code today}. */
	void add(LocalDate today) {
		List<Long> settings = new ArrayList<>(List.of(people.riverside()));
		settings.addAll(settings());
		List<Long> children = children(settings);
		links(children);
		List<PepRow> peps = new ArrayList<>();
		for (int child = 0; child < children.size(); child++) {
			peps.addAll(pepsOf(child, children.get(child), settings.get(child % SETTINGS), today));
		}
		List<Long> submissions = insert("""
				insert into form_submission (child_id, form_key, form_version, status, answers, completed_sections,
				    revision, created_by, created_at, updated_by, updated_at, submitted_by, submitted_at)
				values (?, 'pep-ks5', ?, ?, ?, '', 1, ?, ?, ?, ?, ?, ?)""", peps, (pep, statement) -> {
			statement.setLong(1, pep.child());
			statement.setInt(2, people.formVersion());
			statement.setString(3, pep.stage().equals("WITH_SCHOOL") || pep.stage().equals("RETURNED") ? "DRAFT" : "SUBMITTED");
			statement.setString(4, "{\"meetingDate\":\"" + pep.meeting() + "\"}");
			statement.setLong(5, people.officer());
			statement.setTimestamp(6, pep.startedAt());
			statement.setLong(7, people.officer());
			statement.setTimestamp(8, pep.startedAt());
			Timestamp submitted = pep.stage().equals("WITH_SCHOOL") || pep.stage().equals("RETURNED") ? null : pep.submittedAt();
			statement.setObject(9, submitted == null ? null : people.riversideTeacher(), Types.BIGINT);
			statement.setTimestamp(10, submitted);
		});
		List<PepRow> withSubmissions = new ArrayList<>();
		for (int i = 0; i < peps.size(); i++) {
			withSubmissions.add(peps.get(i).withSubmission(submissions.get(i)));
		}
		List<Long> pepIds = insert("""
				insert into pep (reference, child_id, submission_id, meeting_date, completion, setting_id, officer_id,
				    social_worker_id, stage, contribution_due, first_submitted_at, submitted_at, submitted_by,
				    returned_count, qa_comments, qa_rating, qa_decided_at, started_at, finalised_at, finalised_by,
				    next_meeting_date)
				values (?, ?, ?, ?, 'SETTING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", withSubmissions,
				this::pep);
		for (int i = 0; i < withSubmissions.size(); i++) {
			PepRow pep = withSubmissions.get(i);
			if (pep.openTask() != null) {
				startProcess(pepIds.get(i), pep);
			}
		}
	}

	/**
	 * Starts the open PEP's process at its task, with the variables {@code PepWorkflow.start} gives
	 * it and those the steps before would have set, in the caller's transaction: the engine's
	 * listener writes its work item, and sets the PEP's stage and due date from the task as it
	 * does for any PEP. Its reminder and overdue notices count as sent (the moments of most have
	 * passed, and their timers fire at once): the benchmark's run sends no email.
	 */
	private void startProcess(long id, PepRow pep) {
		Map<String, Object> variables = new HashMap<>();
		put(variables, CaseVariables.CASE_ID, id);
		put(variables, CaseVariables.CHILD_ID, pep.child());
		put(variables, CaseVariables.REQUESTED_BY, people.officer());
		put(variables, ProcessVariable.id("officer"), people.officer());
		put(variables, ProcessVariable.date("meetingDate"), pep.meeting());
		put(variables, ProcessVariable.text("completion"), Completion.SETTING.variable());
		put(variables, ProcessVariable.id("settingId"), pep.setting());
		put(variables, ProcessVariable.flag("schoolTold"), true);
		if (pep.stage().equals("RETURNED")) {
			put(variables, ProcessVariable.text("qaDecision"), "returned");
			put(variables, ProcessVariable.text("qaComments"), "Please add dates to the targets.");
		}
		String step = pep.stage().equals("QUALITY_ASSURANCE") ? "QUALITY_ASSURANCE" : "CONTRIBUTION";
		put(variables, ProcessVariable.flag("reminderSent_" + step), true);
		put(variables, ProcessVariable.flag("overdueSent_" + step), true);
		String processInstance = runtime.createProcessInstanceByKey(PepProcess.KEY)
			.businessKey(pep.reference())
			.setVariables(variables)
			.startBeforeActivity(pep.openTask())
			.execute()
			.getId();
		jdbc.update("update pep set process_instance_id = ? where id = ?", processInstance, id);
	}

	private static <T> void put(Map<String, Object> variables, ProcessVariable<T> variable, T value) {
		variables.put(variable.name(), variable.write(value));
	}

	private List<Long> settings() {
		List<Integer> numbers = new ArrayList<>();
		for (int number = 1; number < SETTINGS; number++) {
			numbers.add(number);
		}
		return insert("insert into education_setting (urn, name, phase) values (?, ?, 'SECONDARY')", numbers,
				(number, statement) -> {
					statement.setString(1, URN_PREFIX + "%03d".formatted(number));
					statement.setString(2, "Benchmark School " + number);
				});
	}

	private List<Long> children(List<Long> settings) {
		List<Integer> numbers = new ArrayList<>();
		for (int number = 0; number < CHILDREN; number++) {
			numbers.add(number);
		}
		return insert("""
				insert into child (forename, surname, date_of_birth, upn, setting_id, in_care, send_status)
				values (?, ?, ?, ?, ?, true, 'NONE')""", numbers, (number, statement) -> {
			statement.setString(1, FORENAMES.get(number % FORENAMES.size()));
			statement.setString(2, "Benchmark" + number);
			statement.setDate(3, Date.valueOf(LocalDate.of(2008, 9, 1).plusDays(number % 1_500)));
			statement.setString(4, "B%012d".formatted(number));
			statement.setLong(5, settings.get(number % SETTINGS));
		});
	}

	/** Every child is the demo officer's and the demo social worker's: the officer's trackers show them all. */
	private void links(List<Long> children) {
		List<Object[]> links = new ArrayList<>();
		for (long child : children) {
			links.add(new Object[] { child, people.officer(), "VIRTUAL_SCHOOL_OFFICER" });
			links.add(new Object[] { child, people.socialWorker(), "SOCIAL_WORKER" });
		}
		jdbc.batchUpdate("insert into child_link (child_id, account_id, relationship) values (?, ?, ?)", links, BATCH,
				(statement, link) -> {
					statement.setLong(1, (Long) link[0]);
					statement.setLong(2, (Long) link[1]);
					statement.setString(3, (String) link[2]);
				});
	}

	/**
	 * The child's PEPs a term apart, newest first. The newest is open for every Riverside child and
	 * one in seven of the others, its meeting in the last four weeks; otherwise finalised at least
	 * 55 days after its meeting.
	 */
	private List<PepRow> pepsOf(int number, long child, long setting, LocalDate today) {
		boolean riverside = number % SETTINGS == 0;
		String newestStage = riverside || number % 7 == 1 ? openStage(number, riverside) : "FINALISED";
		LocalDate newest = today.minusDays(switch (newestStage) {
			case "WITH_SCHOOL" -> number % 29;
			case "FINALISED" -> 55 + number % 70;
			default -> 10 + number % 19;
		});
		List<PepRow> peps = new ArrayList<>();
		for (int term = 0; term < PEPS_PER_CHILD; term++) {
			peps.add(PepRow.of(number * PEPS_PER_CHILD + term, child, setting, newest.minusDays((long) term * TERM_DAYS),
					term == 0 ? newestStage : "FINALISED"));
		}
		return peps;
	}

	private static String openStage(int number, boolean riverside) {
		if (riverside) {
			return number % 3 == 0 ? "RETURNED" : "WITH_SCHOOL";
		}
		return List.of("WITH_SCHOOL", "RETURNED", "QUALITY_ASSURANCE").get(number % 3);
	}

	private void pep(PepRow pep, PreparedStatement statement) throws SQLException {
		statement.setString(1, pep.reference());
		statement.setLong(2, pep.child());
		statement.setLong(3, pep.submission());
		statement.setDate(4, Date.valueOf(pep.meeting()));
		statement.setLong(5, pep.setting());
		statement.setLong(6, people.officer());
		statement.setLong(7, people.socialWorker());
		statement.setString(8, pep.stage());
		statement.setDate(9, Date.valueOf(pep.contributionDue()));
		statement.setTimestamp(10, pep.firstSubmittedAt());
		statement.setTimestamp(11, pep.submittedAt());
		statement.setObject(12, pep.submittedAt() == null ? null : people.riversideTeacher(), Types.BIGINT);
		statement.setInt(13, pep.returnedCount());
		statement.setString(14, pep.returnedCount() > 0 ? "Please add dates to the targets." : null);
		statement.setString(15, pep.qaRating());
		statement.setTimestamp(16, pep.qaDecidedAt());
		statement.setTimestamp(17, pep.startedAt());
		statement.setTimestamp(18, pep.finalisedAt());
		statement.setObject(19, pep.finalisedAt() == null ? null : people.socialWorker(), Types.BIGINT);
		statement.setDate(20, pep.finalisedAt() == null ? null : Date.valueOf(pep.meeting().plusDays(TERM_DAYS)));
	}

	private <T> List<Long> insert(String sql, List<T> rows, BatchInserts.RowSetter<T> setter) {
		return BatchInserts.insert(jdbc, sql, rows, setter);
	}


	/**
	 * One PEP's dates and outcome, drawn from {@code seed}. A finalised PEP's contribution came 4 to
	 * 19 days after the meeting (due after 14), a week later again for the one in ten returned once;
	 * it was quality-assured two days after, and finalised 35 to 50 days after the meeting. An open
	 * one returned or at quality assurance was submitted 3 to 7 days after its meeting.
	 */
	private record PepRow(int seed, long child, long setting, LocalDate meeting, String stage, Long submission) {

		static PepRow of(int seed, long child, long setting, LocalDate meeting, String stage) {
			return new PepRow(seed, child, setting, meeting, stage, null);
		}

		PepRow withSubmission(long id) {
			return new PepRow(seed, child, setting, meeting, stage, id);
		}

		String reference() {
			return "PEP-%d-B%07d".formatted(meeting.getYear(), seed);
		}

		/** The BPMN id of the open PEP's user task; null for a finalised one. */
		String openTask() {
			switch (stage) {
				case "WITH_SCHOOL", "RETURNED":
					return "Task_CompletePep";
				case "QUALITY_ASSURANCE":
					return "Task_QualityAssurePep";
				default:
					return null;
			}
		}

		LocalDate contributionDue() {
			return meeting.plusDays(14);
		}

		boolean submitted() {
			return !stage.equals("WITH_SCHOOL");
		}

		int returnedCount() {
			return stage.equals("RETURNED") || stage.equals("FINALISED") && seed % 10 == 0 ? 1 : 0;
		}

		Timestamp startedAt() {
			return at(meeting.minusDays(14));
		}

		Timestamp firstSubmittedAt() {
			return submitted() ? at(firstSubmitted()) : null;
		}

		Timestamp submittedAt() {
			return submitted() ? at(firstSubmitted().plusDays(stage.equals("FINALISED") ? 7L * returnedCount() : 0)) : null;
		}

		private LocalDate firstSubmitted() {
			return meeting.plusDays(stage.equals("FINALISED") ? 4 + seed % 16 : 3 + seed % 5);
		}

		Timestamp qaDecidedAt() {
			boolean decided = stage.equals("FINALISED") || stage.equals("RETURNED");
			return decided ? Timestamp.from(submittedAt().toInstant().plus(Duration.ofDays(2))) : null;
		}

		String qaRating() {
			return qaDecidedAt() == null ? null : List.of("GREEN", "GREEN", "AMBER", "RED").get(seed % 4);
		}

		Timestamp finalisedAt() {
			return stage.equals("FINALISED") ? at(meeting.plusDays(35 + seed % 16)) : null;
		}

		private static Timestamp at(LocalDate day) {
			return Timestamp.from(day.atTime(LocalTime.of(15, 0)).atZone(UK).toInstant());
		}

	}

}
