package org.caseworkportal.pep.trackers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.TestChildren;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.pep.Completion;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.PepWorkflow;
import org.caseworkportal.pep.StartPep;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.NewSetting;
import org.caseworkportal.people.People;
import org.caseworkportal.people.Phase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trackers through the real pages and security chain, over PEPs of a school and an officer of
 * this test's own, so that other tests' PEPs never change what it counts. PEPs are started and
 * sent to the school through {@link PepWorkflow} with meetings in 2030; this test then writes the
 * due dates, contribution dates and submission times it needs straight into their pep rows,
 * instead of moving the shared clock years ahead.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackersIntegrationTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final AtomicInteger NEXT_URN = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	PepWorkflow workflow;

	@Autowired
	People people;

	@Autowired
	TestChildren children;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private String officerEmail;

	private PortalVisitor signedInOfficer;

	private long officerId;

	private long schoolId;

	private String schoolName;

	private LocalDate today;

	private Pep overdueByEightDays;

	private Pep overdueByFifteenDays;

	private Pep beingPrepared;

	private Pep dueToday;

	private Pep finalised;

	/** The month, two before this one, whose contributions this test decides: 2 of 4 on time. */
	private YearMonth decidedMonth;

	@BeforeAll
	void aSchoolWithPepsAtEveryKindOfStage() {
		today = clock.instant().atZone(LONDON).toLocalDate();
		int unique = (int) (System.nanoTime() % 100_000) * 10 + NEXT_URN.incrementAndGet() % 10;
		String urn = "7" + String.format("%06d", unique % 1_000_000);
		schoolName = "Tracker Test Academy " + urn;
		schoolId = people.addSetting(new NewSetting(urn, schoolName, Phase.SECONDARY, null)).value();
		officerEmail = "tracker.officer." + urn + "@demo-borough.example";
		officerId = accounts.open(new NewAccount("Tara", "Tracker" + urn, officerEmail, Set.of(Role.VIRTUAL_SCHOOL)),
				DemoSignIns.PASSWORD)
			.value();
		PortalUser officer = accounts.findByEmail(officerEmail).orElseThrow();

		overdueByEightDays = sentToSchool(officer, urn, "=cmd", "Quote\"s, Comma");
		overdueByFifteenDays = sentToSchool(officer, urn, "Fifteen", "Overdue");
		beingPrepared = workflow.start(officer, new StartPep(children.inCareAt(urn, "Pia", "Preparing"),
				LocalDate.of(2030, 5, 6), Completion.SETTING, null, null));
		dueToday = sentToSchool(officer, urn, "Dana", "Duetoday");
		finalised = sentToSchool(officer, urn, "Fin", "Finalised");
		Pep retracted = sentToSchool(officer, urn, "Rex", "Retracted");
		workflow.retract(officer, finalised.id(), "Finalised outside the portal, for this test");
		workflow.retract(officer, retracted.id(), "For this test");

		dueOn(overdueByEightDays, today.minusDays(8));
		dueOn(overdueByFifteenDays, today.minusDays(15));
		dueOn(dueToday, today);
		jdbc.sql("update pep set stage = 'FINALISED', retracted_at = null, finalised_at = :at where id = :id")
			.param("at", Timestamp.from(clock.instant().minusSeconds(30L * 24 * 3600)))
			.param("id", finalised.id())
			.update();

		decidedMonth = YearMonth.from(today).minusMonths(2);
		LocalDate due = decidedMonth.atDay(10);
		contribution(overdueByEightDays, due, due.atTime(16, 59));
		contribution(overdueByFifteenDays, due, due.atTime(17, 0));
		contribution(dueToday, due, due.atTime(17, 1));
		contribution(finalised, due, null);
		contribution(retracted, due, null);
	}

	@Test
	void aVirtualSchoolOfficerSeesTheirSchoolsPepsByStage() {
		Document page = officer().get("/staff/trackers?school=" + schoolId).document();

		assertThat(page.select("h1").text()).isEqualTo("PEP trackers");
		assertThat(stageCount(page, "Being prepared")).isEqualTo("1");
		assertThat(stageCount(page, "With the school")).isEqualTo("3");
		assertThat(stageCount(page, "Quality assurance")).isEqualTo("0");
		assertThat(stageCount(page, "Finalised in the last 12 months")).isEqualTo("1");
		assertThat(page.select("a:containsOwn(With the school)").attr("href"))
			.isEqualTo("/staff/trackers?school=" + schoolId + "&stage=WITH_SCHOOL#peps");
	}

	@Test
	void overduePepsComeMostOverdueFirst_withTheirCalendarDaysOverdue() {
		Document page = officer().get("/staff/trackers?school=" + schoolId).document();

		assertThat(page.getElementById("overdue-count").text()).startsWith("2 open PEPs are past their due date")
			.contains("calendar days");
		List<Element> rows = page.select("#overdue ~ table").first().select("tbody tr");
		assertThat(rows).extracting(row -> row.select("td").get(0).text())
			.containsExactly(overdueByFifteenDays.reference(), overdueByEightDays.reference());
		assertThat(rows).extracting(row -> row.select("td").get(5).text())
			.containsExactly("15 days overdue", "8 days overdue");
		assertThat(rows.get(0).select("a").attr("href")).isEqualTo("/peps/" + overdueByFifteenDays.id());
	}

	@Test
	void dueThisWeekHoldsOpenPepsDueFromMondayToSunday() {
		Document page = officer().get("/staff/trackers?school=" + schoolId).document();

		assertThat(page.getElementById("due-this-week-count").text()).startsWith("1 open PEP is due Monday");
		assertThat(page.select("#due-this-week ~ table").first().select("tbody tr td:eq(0)").text())
			.isEqualTo(dueToday.reference());
	}

	@Test
	void theListHoldsTheOpenPeps_andTheSchoolAndStageFiltersNarrowIt() {
		assertThat(listed("/staff/trackers?school=" + schoolId)).containsExactlyInAnyOrder(overdueByEightDays.reference(),
				overdueByFifteenDays.reference(), beingPrepared.reference(), dueToday.reference());
		assertThat(listed("/staff/trackers?school=" + schoolId + "&stage=PREPARING"))
			.containsExactly(beingPrepared.reference());
		assertThat(listed("/staff/trackers?school=" + schoolId + "&stage=FINALISED")).containsExactly(finalised.reference());
		assertThat(listed("/staff/trackers?school=" + schoolId + "&due=overdue"))
			.containsExactly(overdueByFifteenDays.reference(), overdueByEightDays.reference());
		assertThat(listed("/staff/trackers?school=" + schoolId + "&page=99")).as("a page past the end shows the last")
			.hasSize(4);
		assertThat(listed("/staff/trackers?officer=" + officerId)).containsExactlyInAnyOrder(overdueByEightDays.reference(),
				overdueByFifteenDays.reference(), beingPrepared.reference(), dueToday.reference());
	}

	@Test
	void theCsvHoldsTheSameFilteredPeps_quotedAndSafeFromFormulas() {
		Page csv = officer().get("/staff/trackers.csv?school=" + schoolId);

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"pep-tracker-" + today + ".csv\"");
		List<String> lines = List.of(csv.body().split("\r\n"));
		assertThat(lines.get(0)).isEqualTo("Reference,Child,School,Stage,Due date,Days overdue");
		assertThat(lines).hasSize(5);
		assertThat(lines.get(1)).isEqualTo(overdueByFifteenDays.reference() + ",Fifteen Overdue," + schoolName
				+ ",With the school," + today.minusDays(15) + ",15");
		assertThat(lines.get(2)).isEqualTo(overdueByEightDays.reference() + ",\"'=cmd Quote\"\"s, Comma\"," + schoolName
				+ ",With the school," + today.minusDays(8) + ",8");
		assertThat(lines.get(4)).isEqualTo(beingPrepared.reference() + ",Pia Preparing," + schoolName + ",Being prepared,,");

		List<String> preparing = List.of(
				new String(officer().download("/staff/trackers.csv?school=" + schoolId + "&stage=PREPARING"),
						StandardCharsets.UTF_8)
					.split("\r\n"));
		assertThat(preparing).hasSize(2);
		assertThat(preparing.get(1)).startsWith(beingPrepared.reference() + ",");
	}

	@Test
	void eachSchoolHasItsOpenOverdueFinalisedAndOnTimeFigures() {
		Document page = officer().get("/staff/trackers?officer=" + officerId).document();

		Element row = page.select("#school-figures tbody tr:has(a:containsOwn(" + schoolName + "))").first();
		assertThat(row).isNotNull();
		assertThat(row.select("td").eachText()).containsExactly("4", "2", "1", "50% (2 of 4)");
		assertThat(row.select("a").attr("href")).isEqualTo("/staff/trackers?school=" + schoolId + "&officer=" + officerId);
	}

	@Test
	void theChartShowsTheShareOnTimeByMonth_asAnImageWithATitleAndAsATable() {
		Document page = officer().get("/staff/trackers?school=" + schoolId).document();

		Element chart = page.select("#on-time ~ div svg").first();
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(chart.select("title").text()).startsWith("PEP contributions on time by month");
		String month = decidedMonth.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
		assertThat(chart.select("desc").text()).contains(month + ": 50% (2 of 4)");
		assertThat(chart.select("text").eachText()).contains("50%", "none");
		Element figures = page.select("#on-time-figures tbody tr:has(th:containsOwn(" + month + "))").first();
		assertThat(figures.select("td").eachText()).containsExactly("4", "2", "50%");
		assertThat(page.select("#on-time-figures tbody tr")).hasSize(12);
	}

	@Test
	void filtersTheTrackersDoNotOfferAreListedAsProblems_andLeftOut() {
		Document page = officer().get("/staff/trackers?school=" + schoolId + "&stage=RETRACTED&officer=x&due=soon")
			.document();

		assertThat(page.select(".govuk-error-summary li").eachText()).containsExactly("Select a stage from the list",
				"Select an officer from the list", "Select when PEPs are due from the list");
		assertThat(page.title()).startsWith("Error: ");
		assertThat(stageCount(page, "With the school")).isEqualTo("3");
		assertThat(officer().get("/staff/trackers.csv?stage=RETRACTED").status()).isEqualTo(400);
	}

	@Test
	void socialWorkersProfessionalsAndParentsMayNotSeeTheTrackers() {
		for (String email : List.of(DemoSignIns.SOCIAL_WORKER, DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PARENT)) {
			PortalVisitor visitor = new PortalVisitor(port);
			visitor.signIn(email, DemoSignIns.PASSWORD);
			Page trackers = visitor.get("/staff/trackers?school=" + schoolId);
			assertThat(trackers.status()).as(email).isEqualTo(403);
			assertThat(trackers.body()).doesNotContain(overdueByEightDays.reference());
			assertThat(visitor.get("/staff/trackers.csv?school=" + schoolId).status()).as(email).isEqualTo(403);
		}
		assertThat(new PortalVisitor(port).get("/staff/trackers").redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void anAdministratorSeesOnlyThePepsOfChildrenTheAccessPolicyLetsThemSee() {
		PortalVisitor admin = new PortalVisitor(port);
		admin.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		Page page = admin.get("/staff/trackers?officer=" + officerId);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(overdueByEightDays.reference(), "Fifteen Overdue");
		assertThat(admin.get("/staff/trackers.csv?officer=" + officerId).body().split("\r\n")).hasSize(1);
	}

	private Pep sentToSchool(PortalUser officer, String urn, String forename, String surname) {
		ChildId child = children.inCareAt(urn, forename, surname);
		Pep pep = workflow.start(officer, new StartPep(child, LocalDate.of(2030, 5, 6), Completion.SETTING, null, null));
		workflow.sendForCompletion(officer, pep.id());
		return pep;
	}

	/** Its open task due that day at 17:00, set as an administrator would in Tasklist: the work item follows. */
	private void dueOn(Pep pep, LocalDate due) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(pep.reference()).singleResult();
		task.setDueDate(java.util.Date.from(due.atTime(17, 0).atZone(LONDON).toInstant()));
		tasks.saveTask(task);
	}

	/** The contribution due that day and first submitted then, in London time (null: not submitted). */
	private void contribution(Pep pep, LocalDate due, LocalDateTime submitted) {
		Instant at = submitted == null ? null : submitted.atZone(LONDON).toInstant();
		jdbc.sql("update pep set contribution_due = :due, first_submitted_at = :at where id = :id")
			.param("due", Date.valueOf(due))
			.param("at", at == null ? null : Timestamp.from(at))
			.param("id", pep.id())
			.update();
	}

	private synchronized PortalVisitor officer() {
		if (signedInOfficer == null) {
			signedInOfficer = new PortalVisitor(port);
			signedInOfficer.signIn(officerEmail, DemoSignIns.PASSWORD);
		}
		return signedInOfficer;
	}

	private List<String> listed(String path) {
		return officer().get(path).document().select("#peps ~ table tbody tr td:eq(0)").eachText();
	}

	private static String stageCount(Document page, String stage) {
		return page.select("#stages + table tr:has(a:containsOwn(" + stage + ")) td").text();
	}

}
