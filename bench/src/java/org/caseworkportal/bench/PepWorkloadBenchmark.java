package org.caseworkportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.pep.PepProcess;
import org.caseworkportal.pep.PepWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pages people open most, over a Virtual School's three years of PEPs ({@link PepWorkload}):
 * the Riverside Designated Teacher's worktray and the officer's trackers, each opened by ten
 * signed-in people at once (twenty in all, each with a session of their own). Prints the median,
 * 95th percentile and longest time of each page and writes them to
 * target/bench-workload-results.txt. Runs on the tests' database: H2, or PostgreSQL with the
 * postgres profile. See bench/README.md.
 */
@PortalIntegrationTest
class PepWorkloadBenchmark {

	/** People at once on each page; -Dbench.users-per-page changes it. */
	private static final int USERS_PER_PAGE = Integer.getInteger("bench.users-per-page", 10);

	/** Requests each person makes before the timed ones; -Dbench.warm-up changes it. */
	private static final int WARM_UP = Integer.getInteger("bench.warm-up", 10);

	/**
	 * How long, on average, a person reads a page before opening it again (between half and one
	 * and a half times this, at random, so that the twenty do not march in step);
	 * -Dbench.think-ms=0 sends each request as soon as the last is answered, which measures the
	 * machine's throughput rather than people's waits.
	 */
	private static final int THINK_MS = Integer.getInteger("bench.think-ms", 1000);

	/** Timed requests each person makes; -Dbench.requests changes it. */
	private static final int REQUESTS = Integer.getInteger("bench.requests", 50);

	private static final ZoneId UK = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	FormDefinitions definitions;

	@Autowired
	Clock clock;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	private final List<String> notes = new ArrayList<>();

	@Test
	void worktrayAndTrackersWithTwentyPeopleAtOnce() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		PepWorkload workload = new PepWorkload(jdbc, runtime, people(jdbc));
		long generating = System.nanoTime();
		if (workload.present()) {
			notes.add("The workload was already in this database from an earlier run: its open PEPs' due dates are as"
					+ " that run set them.");
		}
		else {
			transaction.executeWithoutResult(status -> workload.add(LocalDate.ofInstant(clock.instant(), UK)));
			notes.add("Generated %,d children and %,d PEPs in %.1f s.".formatted(PepWorkload.CHILDREN,
					PepWorkload.CHILDREN * PepWorkload.PEPS_PER_CHILD, (System.nanoTime() - generating) / 1e9));
		}
		awaitDueTimers();

		List<Page> pages = List.of(
				page(DemoSignIns.RIVERSIDE_TEACHER, "/professional/tasks"),
				page(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, "/staff/trackers"));
		List<Visitor> visitors = new ArrayList<>();
		for (Page page : pages) {
			for (int i = 0; i < USERS_PER_PAGE; i++) {
				visitors.add(new Visitor(signedIn(page.email()), page));
			}
		}
		long openPeps = jdbc.queryForObject("select count(*) from pep where stage not in ('FINALISED', 'RETRACTED')",
				Long.class);
		String database = databaseName();

		ExecutorService threads = Executors.newFixedThreadPool(visitors.size());
		CountDownLatch ready = new CountDownLatch(visitors.size());
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> running = new ArrayList<>();
		for (Visitor visitor : visitors) {
			running.add(threads.submit(() -> {
				ready.countDown();
				go.await();
				for (int i = 0; i < WARM_UP + REQUESTS; i++) {
					visitor.open(i >= WARM_UP);
					thinkAfterReading();
				}
				return null;
			}));
		}
		ready.await();
		long started = System.nanoTime();
		go.countDown();
		for (Future<?> visits : running) {
			visits.get(10, TimeUnit.MINUTES);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		threads.shutdown();

		var report = new StringBuilder();
		report.append("PEP workload benchmark on %s: %,d children, %,d PEPs (%,d open), %d people at once, %d CPUs%n"
			.formatted(database, PepWorkload.CHILDREN, jdbc.queryForObject("select count(*) from pep", Long.class), openPeps,
					visitors.size(), Runtime.getRuntime().availableProcessors()));
		report.append("%d requests each after %d warm-up, %d ms reading between them on average; %,d requests in %.1f s (%.0f a second)%n"
			.formatted(REQUESTS, WARM_UP, THINK_MS, visitors.size() * (WARM_UP + REQUESTS), seconds, visitors.size() * (WARM_UP + REQUESTS) / seconds));
		report.append(Timings.header()).append(System.lineSeparator());
		pages.forEach(page -> report.append(page.timings().row()).append(System.lineSeparator()));
		notes.forEach(note -> report.append(note).append(System.lineSeparator()));
		System.out.println(System.lineSeparator() + report);
		Path results = Path.of(System.getProperty("basedir", "."), "target", "bench-workload-results.txt");
		Files.createDirectories(results.getParent());
		Files.writeString(results, report);
	}

	/**
	 * The open PEPs' reminder and overdue timers whose moments have passed fire as soon as the
	 * processes start; they send nothing (PepWorkload), and are done before the timing starts.
	 */
	private void awaitDueTimers() {
		Awaitility.await()
			.atMost(Duration.ofMinutes(2))
			.until(() -> management.createJobQuery().processDefinitionKey(PepProcess.KEY).executable().count() == 0);
		assertThat(management.createJobQuery().processDefinitionKey(PepProcess.KEY).withException().count())
			.as("PEP jobs that failed").isZero();
	}

	/**
	 * The page to time, opened once alone first; the worktray must list tasks. The target:
	 * a 95th percentile under 100 ms.
	 */
	private Page page(String email, String path) {
		PortalVisitor visitor = signedIn(email);
		long start = System.nanoTime();
		PortalVisitor.Page opened = visitor.get(path);
		double alone = (System.nanoTime() - start) / 1e6;
		assertThat(opened.status()).as(path).isEqualTo(200);
		String shown = "";
		if (isWorktray(path)) {
			long tasks = WorktrayShown.tasks(opened.body());
			assertThat(tasks).as("tasks in " + path).isPositive();
			shown = ", %,d tasks".formatted(tasks);
		}
		notes.add("GET %s alone, before the others: %.0f ms%s".formatted(path, alone, shown));
		return new Page(email, path, new Timings("GET " + path, 50, 100.0));
	}

	private static boolean isWorktray(String path) {
		return path.endsWith("/tasks");
	}

	private static void thinkAfterReading() throws InterruptedException {
		if (THINK_MS > 0) {
			Thread.sleep(THINK_MS / 2 + ThreadLocalRandom.current().nextInt(THINK_MS + 1));
		}
	}

	private PortalVisitor signedIn(String email) {
		PortalVisitor visitor = new PortalVisitor(port);
		visitor.signIn(email, DemoSignIns.PASSWORD);
		return visitor;
	}

	private PepWorkload.People people(JdbcTemplate jdbc) {
		String account = "select id from account where email = ?";
		return new PepWorkload.People(jdbc.queryForObject(account, Long.class, DemoSignIns.VIRTUAL_SCHOOL_OFFICER),
				jdbc.queryForObject(account, Long.class, DemoSignIns.SOCIAL_WORKER),
				jdbc.queryForObject(account, Long.class, DemoSignIns.RIVERSIDE_TEACHER),
				jdbc.queryForObject("select id from education_setting where urn = '999002'", Long.class),
				definitions.find(PepWorkflow.FORM_KEY).orElseThrow().version());
	}

	private String databaseName() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName() + " "
					+ connection.getMetaData().getDatabaseProductVersion();
		}
	}

	private record Page(String email, String path, Timings timings) {
	}

	/** One signed-in person opening one page again and again. */
	private record Visitor(PortalVisitor browser, Page page) {

		void open(boolean timed) {
			PortalVisitor.Page opened = page.timings().time(timed, () -> browser.get(page.path()));
			if (opened.status() != 200) {
				throw new AssertionError(page.path() + " answered " + opened.status());
			}
			if (isWorktray(page.path()) && WorktrayShown.tasks(opened.body()) <= 0) {
				throw new AssertionError(page.path() + " listed no tasks");
			}
		}

	}

}
