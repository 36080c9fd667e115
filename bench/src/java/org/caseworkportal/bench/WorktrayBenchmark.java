package org.caseworkportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RuntimeService;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.pep.PepWorkflow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worktrays and home pages over a large authority's open work ({@link WorktrayWorkload}):
 * {@code -Dbench.work-items} open PEPs (10,000 unless told), each a process instance waiting at
 * a user task, over 2,000 settings. Fifty people signed in at once, each with a session of their
 * own: 40 Designated Teachers, each of a different setting, alternate their worktray
 * ({@code GET /professional/tasks}) and home page ({@code GET /professional}); 10 Virtual School
 * officers alternate theirs ({@code GET /staff/tasks}, {@code GET /staff}). Timed twice in one
 * run: as people use it, reading each page for about a second, and with no reading time, for the
 * pages a second the machine serves. Every answer must be 200 and show the person's tasks.
 * Prints the median, 95th percentile and longest time of each page and writes them to
 * target/bench-worktray-results.txt. PostgreSQL only, in a database of its own; see bench/README.md.
 */
@PortalIntegrationTest
class WorktrayBenchmark {

	/** Open work items to generate; -Dbench.work-items changes it. */
	private static final int WORK_ITEMS = Integer.getInteger("bench.work-items", 10_000);

	/** Threads that start the processes; -Dbench.generate-threads changes it. */
	private static final int GENERATE_THREADS = Integer.getInteger("bench.generate-threads", 2);

	private static final int PROFESSIONALS = 40;

	private static final int OFFICERS = WorktrayWorkload.OFFICERS;

	/** Requests each person makes before the timed ones; -Dbench.warm-up changes it. */
	private static final int WARM_UP = Integer.getInteger("bench.warm-up", 10);

	/** Timed requests each person makes in each of the two runs, half of them to each page; -Dbench.requests changes it. */
	private static final int REQUESTS = Integer.getInteger("bench.requests", 50);

	/**
	 * How long, on average, a person reads a page before opening the next in the first run
	 * (between half and one and a half times this, at random, so that the fifty do not march in
	 * step); -Dbench.think-ms changes it. The second run has none.
	 */
	private static final int THINK_MS = Integer.getInteger("bench.think-ms", 1000);

	private static final String PASSWORD = "a long password for the worktray benchmark";

	private static final ZoneId UK = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	RuntimeService runtime;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	FormDefinitions definitions;

	@Autowired
	Clock clock;

	private final List<String> notes = new ArrayList<>();

	@Test
	void worktraysAndHomePagesWithFiftyPeopleAtOnce() throws Exception {
		String database = databaseName();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Assumptions.assumeTrue(database.startsWith("PostgreSQL"),
				"WorktrayBenchmark measures PostgreSQL: run it with -Pbench,postgres in a database of its own (bench/README.md)");
		Assumptions.assumeFalse("test".equals(jdbc.queryForObject("select current_database()", String.class)),
				"WorktrayBenchmark leaves its work items behind: give it a database of its own, not the test suite's (bench/README.md)");

		WorktrayWorkload workload = new WorktrayWorkload(jdbc, transaction, runtime);
		generateOrReuse(workload);
		vacuumAndAnalyze(jdbc);
		long openItems = jdbc.queryForObject("select count(*) from work_item", Long.class);
		long children = jdbc.queryForObject("select count(*) from child", Long.class);

		Map<String, Timings> thinking = pages(true);
		Map<String, Timings> flatOut = pages(false);
		List<Visitor> visitors = signIn(jdbc);
		for (String path : thinking.keySet()) {
			Visitor first = visitors.stream().filter(visitor -> visitor.pages().contains(path)).findFirst().orElseThrow();
			long start = System.nanoTime();
			first.open(path, null);
			notes.add("GET %s alone, before the others: %.0f ms".formatted(path, (System.nanoTime() - start) / 1e6));
		}

		Run withReading = run(visitors, thinking, WARM_UP, THINK_MS);
		Run noReading = run(visitors, flatOut, 0, 0);

		var report = new StringBuilder();
		report.append("Worktray benchmark on %s: %,d open work items (%,d of them generated) over %,d settings, %,d children, %d people at once, %d CPUs%n"
			.formatted(database, openItems, WORK_ITEMS, WorktrayWorkload.SETTINGS, children, visitors.size(),
					Runtime.getRuntime().availableProcessors()));
		report.append(("With reading time: %d requests each after %d warm-up, %d ms reading between them on average;"
				+ " %,d requests in %.1f s (%.0f a second)%n").formatted(REQUESTS, WARM_UP, THINK_MS, withReading.requests(),
						withReading.seconds(), withReading.perSecond()));
		report.append("No reading time: %d requests each; %,d requests in %.1f s: %.0f a second%n".formatted(REQUESTS,
				noReading.requests(), noReading.seconds(), noReading.perSecond()));
		report.append(Timings.header()).append(System.lineSeparator());
		thinking.values().forEach(timings -> report.append(timings.row()).append(System.lineSeparator()));
		flatOut.values().forEach(timings -> report.append(timings.row()).append(System.lineSeparator()));
		notes.forEach(note -> report.append(note).append(System.lineSeparator()));
		System.out.println(System.lineSeparator() + report);
		Path results = Path.of(System.getProperty("basedir", "."), "target", "bench-worktray-results.txt");
		Files.createDirectories(results.getParent());
		Files.writeString(results, report);
	}

	private void generateOrReuse(WorktrayWorkload workload) throws Exception {
		if (workload.present()) {
			long found = workload.workItems();
			if (found != WORK_ITEMS) {
				throw new IllegalStateException("This database holds a worktray workload of %,d work items, not %,d: drop it,"
					.formatted(found, WORK_ITEMS) + " or run with -Dbench.work-items=" + found);
			}
			notes.add("The workload was already in this database from an earlier run: %,d work items, reused."
				.formatted(found));
			return;
		}
		long start = System.nanoTime();
		workload.add(WORK_ITEMS, LocalDate.ofInstant(clock.instant(), UK), clock.instant(),
				passwordEncoder.encode(PASSWORD), definitions.find(PepWorkflow.FORM_KEY).orElseThrow().version(),
				GENERATE_THREADS);
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(workload.workItems()).as("work items the engine wrote").isEqualTo(WORK_ITEMS);
		notes.add("Generated %,d open PEPs, each a process instance at its task, in %.0f s (%.0f a second, %d threads)."
			.formatted(WORK_ITEMS, seconds, WORK_ITEMS / seconds, GENERATE_THREADS));
	}

	/**
	 * Brings the planner's statistics and the visibility map up to date, as autovacuum does soon
	 * after such growth. On a server with autovacuum off the tables are otherwise never analyzed,
	 * and the pages are planned for tables thought nearly empty (about a second a page at 100,000).
	 */
	private void vacuumAndAnalyze(JdbcTemplate jdbc) {
		long start = System.nanoTime();
		jdbc.execute("vacuum analyze");
		notes.add("Vacuumed and analyzed the database before timing (autovacuum %s) in %.0f s.".formatted(
				jdbc.queryForObject("show autovacuum", String.class), (System.nanoTime() - start) / 1e9));
	}

	/**
	 * Each page's timings, in the report's order. The target, a 95th percentile under
	 * 100 ms, is for people reading pages; with no reading time each request waits for the other
	 * 49, and that run measures pages a second.
	 */
	private static Map<String, Timings> pages(boolean reading) {
		Map<String, Timings> pages = new LinkedHashMap<>();
		for (String path : List.of("/professional/tasks", "/professional", "/staff/tasks", "/staff")) {
			pages.put(path, reading ? new Timings("GET " + path, 50, 100.0)
					: Timings.withoutTarget("GET " + path + " (no reading time)"));
		}
		return pages;
	}

	/**
	 * Signs the fifty in (not timed), each with the code emailed to them; each knows how many
	 * tasks their pages must show, as the work items say. One after another: signing in holds a
	 * database connection while it records the attempt in a transaction of its own, and ten at
	 * once wait for ever on the pool of ten.
	 */
	private List<Visitor> signIn(JdbcTemplate jdbc) {
		List<Visitor> visitors = new ArrayList<>();
		for (int n = 0; n < PROFESSIONALS; n++) {
			String email = WorktrayWorkload.teacher(n * (WorktrayWorkload.SETTINGS / PROFESSIONALS));
			long tasks = jdbc.queryForObject("""
					select count(*) from work_item w join work_item_holder h on h.task_id = w.task_id
					join setting_member m on m.setting_id = h.setting_id join account a on a.id = m.account_id
					where a.email = ? and w.assignee_id is null""", Long.class, email);
			visitors.add(new Visitor(signedIn(email), List.of("/professional/tasks", "/professional"), tasks));
		}
		for (int n = 0; n < OFFICERS; n++) {
			String email = WorktrayWorkload.officer(n);
			long tasks = jdbc.queryForObject(
					"select count(*) from work_item w join account a on a.id = w.assignee_id where a.email = ?", Long.class, email);
			visitors.add(new Visitor(signedIn(email), List.of("/staff/tasks", "/staff"), tasks));
		}
		visitors.forEach(visitor -> assertThat(visitor.tasks()).as("tasks of a person signed in").isPositive());
		return visitors;
	}

	/**
	 * Everyone at once, each alternating their two pages: {@code warmUp} requests, then
	 * {@link #REQUESTS} timed, with {@code thinkMs} of reading after each on average.
	 */
	private static Run run(List<Visitor> visitors, Map<String, Timings> timings, int warmUp, int thinkMs)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(visitors.size());
		CountDownLatch ready = new CountDownLatch(visitors.size());
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> running = new ArrayList<>();
		for (Visitor visitor : visitors) {
			running.add(threads.submit(() -> {
				ready.countDown();
				go.await();
				for (int i = 0; i < warmUp + REQUESTS; i++) {
					String path = visitor.pages().get(i % 2);
					visitor.open(path, i >= warmUp ? timings.get(path) : null);
					if (thinkMs > 0) {
						Thread.sleep(thinkMs / 2 + ThreadLocalRandom.current().nextInt(thinkMs + 1));
					}
				}
				return null;
			}));
		}
		ready.await();
		long started = System.nanoTime();
		go.countDown();
		try {
			for (Future<?> visits : running) {
				visits.get(20, TimeUnit.MINUTES);
			}
		}
		finally {
			threads.shutdownNow();
		}
		return new Run(visitors.size() * (warmUp + REQUESTS), (System.nanoTime() - started) / 1e9);
	}

	private PortalVisitor signedIn(String email) {
		PortalVisitor visitor = new PortalVisitor(port);
		assertThat(visitor.signIn(email, PASSWORD).redirectPath()).as("where " + email + " lands after signing in")
			.doesNotStartWith("/sign-in");
		return visitor;
	}

	private String databaseName() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName() + " "
					+ connection.getMetaData().getDatabaseProductVersion();
		}
	}

	/** All requests of one run, and how long it took from the first to the last answer. */
	private record Run(int requests, double seconds) {

		double perSecond() {
			return requests / seconds;
		}

	}

	/**
	 * One signed-in person and their two pages, worktray first, and how many tasks both must
	 * show: the worktray's total, and the home page's tasks tile.
	 */
	private record Visitor(PortalVisitor browser, List<String> pages, long tasks) {

		/** Opens the page, timed into {@code timings} unless null; it must answer 200 and show the person's tasks. */
		void open(String path, Timings timings) {
			PortalVisitor.Page page = timings == null ? browser.get(path) : timings.time(true, () -> browser.get(path));
			if (page.status() != 200) {
				throw new AssertionError(path + " answered " + page.status());
			}
			ToLongFunction<String> shown = path.endsWith("/tasks") ? WorktrayShown::tasks : WorktrayShown::tileCount;
			long tasks = shown.applyAsLong(page.body());
			if (tasks != this.tasks) {
				throw new AssertionError(path + " showed " + tasks + " tasks, not " + this.tasks);
			}
		}

	}

}
