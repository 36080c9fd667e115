package org.caseworkportal.worktray;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.MovableClock;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.PepWorkflow;
import org.caseworkportal.pep.QualityAssurance;
import org.caseworkportal.pep.QualityRating;
import org.caseworkportal.pep.TestPeps;
import org.caseworkportal.people.NewSetting;
import org.caseworkportal.people.People;
import org.caseworkportal.people.SettingId;
import org.caseworkportal.people.TestSchools;
import org.caseworkportal.worktray.WorktrayPages.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The professional portal's worktray (seed 002, "Selecting a task in the Portal", "No tasks in the Portal"). */
class ProfessionalWorktrayIntegrationTest extends PortalVisitorTest {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	@Autowired
	TestChildren children;

	@Autowired
	PepWorkflow workflow;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	MovableClock clock;

	@Autowired
	TestPeps testPeps;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void riversidesTeacherSeesThePepSentToRiverside_oakfieldsNeitherSeesNorOpensIt() {
		Pep pep = testPeps.withTheSchool(children.inCareAtRiverside("Rowan", "Riverworth"), LocalDate.of(2030, 3, 4));

		visitor.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		Row row = rowOf(visitor, pep);
		assertThat(row.child()).isEqualTo("Rowan Riverworth");
		assertThat(row.formType()).isEqualTo("Personal Education Plan – KS5");
		assertThat(row.requiredBy()).isEqualTo("18 March 2030");
		assertThat(row.sentBy()).isEqualTo("Valerie Schofield");
		assertThat(row.status()).isEqualTo("New");
		assertThat(visitor.get(row.href()).document().select("h1").text()).isEqualTo("Personal Education Plan – KS5");

		var oakfield = new PortalVisitor(port);
		oakfield.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);
		assertThat(WorktrayPages.allRows(oakfield, "/professional/tasks")).extracting(Row::reference)
			.doesNotContain(pep.reference());
		var notLinked = oakfield.get(pep.path());
		assertThat(notLinked.status()).isEqualTo(404);
		assertThat(notLinked.body()).doesNotContain("Riverworth");
	}

	@Test
	void aPepSentToAProfessionalByNameIsTheirsAlone() {
		String email = TestSchools.uniqueEmail("named");
		AccountId named = accounts.open(TestSchools.aProfessional(email), TestSchools.PASSWORD);
		Pep pep = testPeps.withProfessional(children.inCareAtRiverside("Nia", "Namedpro"), LocalDate.of(2030, 3, 4), named);

		visitor.signIn(email, TestSchools.PASSWORD);
		assertThat(WorktrayPages.allRows(visitor, "/professional/tasks")).extracting(Row::reference)
			.containsExactly(pep.reference());
		assertThat(visitor.get(pep.path()).status()).isEqualTo(200);

		var riverside = new PortalVisitor(port);
		riverside.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		assertThat(WorktrayPages.allRows(riverside, "/professional/tasks")).extracting(Row::reference)
			.doesNotContain(pep.reference());
		assertThat(riverside.get(pep.path()).status()).isEqualTo(404);
	}

	@Test
	void tagsATaskDueSoonWithinFiveDays_andOverdueAfterItsDueDate() {
		School school = newSchool();
		Pep pep = testPeps.withTheSchool(children.inCareAt(school.urn(), "Dora", "Duesoon"), LocalDate.of(2030, 3, 4));
		LocalDate due = testPeps.dueDate(pep);
		visitor.signIn(school.teacherEmail(), TestSchools.PASSWORD);
		assertThat(onlyRow().requiredBy()).isEqualTo("18 March 2030");

		moveClockTo(due.minusDays(6));
		assertThat(onlyRow().requiredBy()).isEqualTo("18 March 2030");
		moveClockTo(due.minusDays(5));
		assertThat(onlyRow().requiredBy()).isEqualTo("18 March 2030 Due soon");
		moveClockTo(due);
		assertThat(onlyRow().requiredBy()).isEqualTo("18 March 2030 Due soon");
		assertThat(visitor.get("/professional").document().select(".app-tile").first().text()).isEqualTo(
				"Tasks 1 task to complete");

		moveClockTo(due.plusDays(1));
		var tasks = visitor.get("/professional/tasks").document();
		assertThat(tasks.select("td .govuk-tag--red").text()).isEqualTo("Overdue");
		assertThat(visitor.get("/professional").document().select(".app-tile").first().text()).isEqualTo(
				"Tasks 1 task to complete 1 overdue");
	}

	@Test
	void sortsByChildRequiredByAndSentBy_twentyFiveTasksAPage() {
		School school = newSchool();
		PortalUser otherOfficer = accounts.find(accounts.open(
				new NewAccount("Arlo", "Aardvark", TestSchools.uniqueEmail("officer"), Set.of(Role.VIRTUAL_SCHOOL)),
				TestSchools.PASSWORD))
			.orElseThrow();
		for (int i = 0; i < 27; i++) {
			// The later the meeting, the earlier the child's name sorts; every third PEP is the other officer's.
			var child = children.inCareAt(school.urn(), "Sam", String.format("Sorter%02d", 40 - i));
			LocalDate meeting = LocalDate.of(2031, 1, 6).plusWeeks(i);
			if (i % 3 == 0) {
				testPeps.withTheSchool(child, meeting, otherOfficer);
			}
			else {
				testPeps.withTheSchool(child, meeting);
			}
		}
		visitor.signIn(school.teacherEmail(), TestSchools.PASSWORD);

		var firstPage = visitor.get("/professional/tasks").document();
		assertThat(firstPage.select("#results-count").text()).isEqualTo("Showing 1 to 25 of 27 tasks");
		List<Row> byDueDate = WorktrayPages.rows(firstPage);
		assertThat(byDueDate).hasSize(25);
		assertThat(byDueDate.get(0).child()).isEqualTo("Sam Sorter40");
		assertThat(byDueDate.get(24).child()).isEqualTo("Sam Sorter16");
		assertThat(firstPage.select("th[aria-sort=ascending]").text()).startsWith("Required by");
		assertThat(firstPage.select(".govuk-pagination__next a").attr("href"))
			.isEqualTo("/professional/tasks?sort=required-by&order=ascending&page=2");

		var secondPage = visitor.get("/professional/tasks?sort=required-by&order=ascending&page=2").document();
		assertThat(WorktrayPages.rows(secondPage)).extracting(Row::child).containsExactly("Sam Sorter15", "Sam Sorter14");
		assertThat(secondPage.select("#results-count").text()).isEqualTo("Showing 26 to 27 of 27 tasks");
		assertThat(WorktrayPages.rows(visitor.get("/professional/tasks?page=99").document())).hasSize(2);

		var byChild = visitor.get(firstPage.select("th a:contains(Child)").attr("href")).document();
		assertThat(byChild.select("th[aria-sort=ascending]").text()).startsWith("Child");
		assertThat(WorktrayPages.rows(byChild).get(0).child()).isEqualTo("Sam Sorter14");
		var byChildDescending = visitor.get(byChild.select("th a:contains(Child)").attr("href")).document();
		assertThat(byChildDescending.select("th[aria-sort=descending]").text()).startsWith("Child");
		assertThat(WorktrayPages.rows(byChildDescending).get(0).child()).isEqualTo("Sam Sorter40");

		List<Row> bySentBy = WorktrayPages.allRows(visitor, "/professional/tasks?sort=sent-by&order=ascending");
		assertThat(bySentBy).hasSize(27);
		assertThat(bySentBy).extracting(Row::sentBy).isSortedAccordingTo(Comparator.comparing(ProfessionalWorktrayIntegrationTest::surname));
		assertThat(bySentBy.get(0).sentBy()).isEqualTo("Arlo Aardvark");
		assertThat(bySentBy.get(26).sentBy()).isEqualTo("Valerie Schofield");
	}

	@Test
	void aPepReturnedForAmendmentIsBackInTheTasks_saySo() {
		School school = newSchool();
		Pep pep = testPeps.withTheSchool(children.inCareAt(school.urn(), "Remy", "Returned"), LocalDate.of(2030, 3, 4));
		testPeps.answerAndSubmit(pep, testPeps.user(school.teacherEmail()));
		visitor.signIn(school.teacherEmail(), TestSchools.PASSWORD);
		assertThat(WorktrayPages.allRows(visitor, "/professional/tasks")).isEmpty();

		workflow.qualityAssure(testPeps.officer(), pep.id(),
				new QualityAssurance(false, QualityRating.AMBER, "Please add this term's attendance.", false));

		assertThat(onlyRow().status()).isEqualTo("Returned for amendment");
		assertThat(WorktrayPages.references(visitor, "/professional/tasks/submitted")).containsExactly(pep.reference());
	}

	@Test
	void withNothingToDo_saysSoAndWhereSubmittedPepsAre() {
		School school = newSchool();
		visitor.signIn(school.teacherEmail(), TestSchools.PASSWORD);

		var tasks = visitor.get("/professional/tasks").document();
		assertThat(tasks.select("#no-tasks").text()).isEqualTo("You have no tasks to complete.");
		assertThat(tasks.text()).contains("stay in Recently submitted for a while", "contact the Virtual School");
		assertThat(tasks.select(".govuk-tabs__list-item--selected").text()).isEqualTo("To complete");
		assertThat(visitor.get("/professional/tasks/submitted").document().select("#none-submitted").text())
			.isEqualTo("Nothing submitted in the last 30 days.");
		assertThat(visitor.get("/professional").document().select(".app-tile").eachText())
			.containsExactly("Tasks 0 tasks to complete", "Recently submitted 0 PEPs submitted in the last 30 days");
	}

	@Test
	void onlyProfessionalsHaveThisWorktray() {
		assertThat(visitor.get("/professional/tasks").redirectPath()).startsWith("/sign-in");
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		assertThat(visitor.get("/professional/tasks").status()).isEqualTo(403);
		assertThat(visitor.get("/professional/tasks/submitted").status()).isEqualTo(403);
	}

	private Row rowOf(PortalVisitor teacher, Pep pep) {
		return WorktrayPages.allRows(teacher, "/professional/tasks")
			.stream()
			.filter(row -> row.reference().equals(pep.reference()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(pep.reference() + " is not in the worktray"));
	}

	private Row onlyRow() {
		List<Row> rows = WorktrayPages.allRows(visitor, "/professional/tasks");
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private void moveClockTo(LocalDate day) {
		clock.reset();
		clock.freeze();
		clock.moveForward(Duration.between(clock.instant(), day.atTime(12, 0).atZone(UK).toInstant()));
	}

	/** A school of the test's own with a Designated Teacher, so that its worktray holds only the test's PEPs. */
	private School newSchool() {
		NewSetting setting = TestSchools.aSchool();
		SettingId id = people.addSetting(setting);
		String email = TestSchools.uniqueEmail("dt");
		people.addToSetting(accounts.open(TestSchools.aProfessional(email), TestSchools.PASSWORD), id, "Designated Teacher");
		return new School(setting.urn(), email);
	}

	private static String surname(String name) {
		return name.substring(name.lastIndexOf(' ') + 1);
	}

	private record School(String urn, String teacherEmail) {
	}

}
