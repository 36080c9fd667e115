package org.caseworkportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.NewSetting;
import org.caseworkportal.people.People;
import org.caseworkportal.people.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the PEP trackers over a Virtual School's worth of history: five officers, 2,000 children in
 * care at 100 schools, each with nine earlier PEPs a term apart (most finalised, one in fifty retracted) and
 * one open PEP at some stage, due somewhere in the six weeks either side of today: 20,000 PEPs.
 * Then 20 signed-in officers ask for the trackers at once, each going round five views (no
 * filter, a school, a stage, page 3 of the overdue PEPs, an officer) with no pause between
 * requests, which is far harsher than 20 people reading the page. Also times the CSV of every open
 * PEP. Run with {@code mvn -B -Pbench test -Dtest=TrackerBenchmark}; see bench/README.md.
 */
@PortalIntegrationTest
class TrackerBenchmark {

	private static final int CHILDREN = 2_000;

	private static final int SCHOOLS = 100;

	private static final int PEPS_PER_CHILD = 10;

	private static final int OFFICERS = 5;

	private static final int USERS = 20;

	private static final int WARM_UP = 10;

	private static final int ROUNDS = 30;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** A light page of the same portal, timed alongside for comparison: what any signed-in page costs. */
	private static final String BASELINE = "/account";

	private static final String[] OPEN_STAGES = { "PREPARING", "WITH_SCHOOL", "RETURNED", "IN_HOUSE", "QUALITY_ASSURANCE",
			"SPOT_CHECK", "FINALISING" };

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void trackersForTwentyOfficersAtOnce() throws Exception {
		long officer = accounts.findByEmail(DemoSignIns.VIRTUAL_SCHOOL_OFFICER).orElseThrow().id().value();
		List<Long> officers = new ArrayList<>(List.of(officer));
		for (int i = 1; i < OFFICERS; i++) {
			officers.add(accounts.open(new NewAccount("Bench", "Officer" + i, "bench.officer" + i + "@demo-borough.example",
					Set.of(Role.VIRTUAL_SCHOOL)), DemoSignIns.PASSWORD).value());
		}
		long firstSchool = history(officers);
		List<String> views = List.of("/staff/trackers", "/staff/trackers?school=" + firstSchool,
				"/staff/trackers?stage=QUALITY_ASSURANCE", "/staff/trackers?due=overdue&page=3",
				"/staff/trackers?officer=" + officer, BASELINE);

		List<PortalVisitor> visitors = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			PortalVisitor visitor = new PortalVisitor(port);
			visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
			visitors.add(visitor);
		}
		PortalVisitor one = visitors.get(0);
		assertThat(one.get("/staff/trackers").document().select("#results-count").text()).contains("of 2,0");

		Timings alone = new Timings("trackers, one officer", 50, 100.0);
		Timings aloneBaseline = new Timings("  " + BASELINE + " (for comparison)", 50, 100.0);
		for (int i = 0; i < (WARM_UP + ROUNDS) * views.size(); i++) {
			String view = views.get(i % views.size());
			Timings timings = view.equals(BASELINE) ? aloneBaseline : alone;
			assertThat(timings.time(i >= WARM_UP * views.size(), () -> one.get(view).status())).isEqualTo(200);
		}

		Timings together = new Timings("trackers, %d officers at once".formatted(USERS), 50, 100.0);
		Map<String, Timings> byView = new LinkedHashMap<>();
		views.forEach(view -> byView.put(view, new Timings("  " + view, 50, 100.0)));
		ExecutorService pool = Executors.newFixedThreadPool(USERS);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int user = 0; user < USERS; user++) {
				PortalVisitor visitor = visitors.get(user);
				int first = user;
				runs.add(pool.submit(() -> {
					for (int i = 0; i < (WARM_UP + ROUNDS) * views.size(); i++) {
						String view = views.get((first + i) % views.size());
						boolean record = i >= WARM_UP * views.size();
						Timings ofView = byView.get(view);
						int status = view.equals(BASELINE) ? ofView.time(record, () -> visitor.get(view).status())
								: together.time(record, () -> ofView.time(record, () -> visitor.get(view).status()));
						assertThat(status).isEqualTo(200);
					}
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}

		Timings csv = new Timings("CSV of every open PEP, one officer", 200, 500.0);
		for (int i = 0; i < WARM_UP + ROUNDS; i++) {
			byte[] bytes = csv.time(i >= WARM_UP, () -> one.download("/staff/trackers.csv"));
			assertThat(new String(bytes, 0, 9)).isEqualTo("Reference");
		}
		List<Timings> all = new ArrayList<>(List.of(alone, aloneBaseline, together));
		all.addAll(byView.values());
		all.add(csv);
		report(all);
	}

	/** 100 schools, 2,000 children and 20,000 PEPs, shared among the officers; returns the first school's id. */
	private long history(List<Long> officers) {
		LocalDate today = clock.instant().atZone(LONDON).toLocalDate();
		List<Long> schools = new ArrayList<>();
		for (int i = 0; i < SCHOOLS; i++) {
			schools.add(people.addSetting(new NewSetting(String.valueOf(880_000 + i), "Bench School " + (1000 + i), Phase.SECONDARY,
					null)).value());
		}
		List<Object[]> children = new ArrayList<>();
		for (int i = 0; i < CHILDREN; i++) {
			children.add(new Object[] { "Child" + i, "Bench" + i, Date.valueOf(LocalDate.of(2010, 1, 1).plusDays(i)),
					String.format("B%012d", i), schools.get(i % SCHOOLS) });
		}
		jdbc.batchUpdate("""
				insert into child (forename, surname, date_of_birth, upn, setting_id, in_care, send_status)
				values (?, ?, ?, ?, ?, true, 'NONE')""", children);
		List<Long> childIds = jdbc.queryForList("select id from child where upn like 'B%' order by id", Long.class);

		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> submissions = new ArrayList<>();
		for (long child : childIds) {
			for (int k = 0; k < PEPS_PER_CHILD; k++) {
				submissions.add(new Object[] { child, "bench-" + k, officers.get(0), now, officers.get(0), now });
			}
		}
		jdbc.batchUpdate("""
				insert into form_submission (child_id, form_key, form_version, status, answers, completed_sections, revision,
				    created_by, created_at, updated_by, updated_at)
				values (?, ?, 1, 'SUBMITTED', '{}', '', 1, ?, ?, ?, ?)""", submissions);
		Map<String, Long> submissionIds = new HashMap<>();
		jdbc.query("select id, child_id, form_key from form_submission where form_key like 'bench-%'",
				rs -> {
					submissionIds.put(rs.getLong("child_id") + "/" + rs.getString("form_key"), rs.getLong("id"));
				});

		List<Object[]> peps = new ArrayList<>();
		for (int c = 0; c < childIds.size(); c++) {
			long child = childIds.get(c);
			long school = schools.get(c % SCHOOLS);
			for (int k = 0; k < PEPS_PER_CHILD; k++) {
				// k = 0 is the open PEP; the others a term (about 120 days) apart before it.
				LocalDate meeting = today.minusDays(120L * k + c % 60);
				LocalDate contributionDue = meeting.plusDays(14);
				boolean open = k == 0;
				boolean retracted = !open && (c + k) % 50 == 0;
				String stage = open ? OPEN_STAGES[c % OPEN_STAGES.length] : retracted ? "RETRACTED" : "FINALISED";
				LocalDate due = open && !stage.equals("PREPARING") ? today.plusDays(c % 90 - 45) : null;
				boolean submitted = !open || c % OPEN_STAGES.length >= 4;
				// Most contributions in before their 5pm deadline, some a day or two late.
				Instant firstSubmitted = submitted
						? contributionDue.atTime(9, 0).atZone(LONDON).toInstant().plus(Duration.ofHours((c * 7L + k) % 60 - 40))
						: null;
				Instant finalised = stage.equals("FINALISED") ? contributionDue.plusDays(30).atStartOfDay(LONDON).toInstant() : null;
				long submission = submissionIds.get(child + "/bench-" + k);
				peps.add(new Object[] { "BENCH-" + submission, child, submission, Date.valueOf(meeting), school,
						officers.get(c % OFFICERS), stage,
						due == null ? null : Date.valueOf(due), Date.valueOf(contributionDue),
						firstSubmitted == null ? null : Timestamp.from(firstSubmitted), now,
						finalised == null ? null : Timestamp.from(finalised) });
			}
		}
		jdbc.batchUpdate("""
				insert into pep (reference, child_id, submission_id, meeting_date, completion, setting_id, officer_id, stage,
				    due_date, contribution_due, first_submitted_at, returned_count, started_at, finalised_at)
				values (?, ?, ?, ?, 'SETTING', ?, ?, ?, ?, ?, ?, 0, ?, ?)""", peps);
		return schools.get(0);
	}

	private static void report(List<Timings> all) throws IOException {
		var report = new StringBuilder();
		report.append("PEP trackers benchmark: %d children, %d PEPs, %d officers, %d rounds of 6 views, %d CPUs%n"
			.formatted(CHILDREN, CHILDREN * PEPS_PER_CHILD, USERS, ROUNDS, Runtime.getRuntime().availableProcessors()));
		report.append(Timings.header()).append(System.lineSeparator());
		all.forEach(timings -> report.append(timings.row()).append(System.lineSeparator()));
		System.out.println(System.lineSeparator() + report);
		Path results = Path.of(System.getProperty("basedir", "."), "target", "bench-trackers.txt");
		Files.createDirectories(results.getParent());
		Files.writeString(results, report);
	}

}
