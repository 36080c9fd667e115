package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.TestSchools;
import org.caseworkportal.worktray.WorktrayPages;
import org.caseworkportal.worktray.WorktrayPages.Row;
import org.caseworkportal.workflow.WorkItem;
import org.caseworkportal.workflow.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator repairs PEPs through the engine's own API, as Cockpit does, skipping the
 * BPMN's listeners: the work items follow, the pages say what happened, and nothing answers 500.
 */
class PepRepairedInCockpitIntegrationTest extends PortalVisitorTest {

	@Autowired
	TestPeps testPeps;

	@Autowired
	RuntimeService runtime;

	@Autowired
	WorkItems workItems;

	@Autowired
	TaskService tasks;

	@Autowired
	Accounts accounts;

	@Test
	void cancellingAPepsProcessInstance_removesItsWorkAndShowsThePepAsEnded() {
		Pep pep = testPeps.withTheSchool("Cara", "Cancelled");
		assertThat(workItems.openOf(PepProcess.KEY, pep.id())).hasSize(1);

		runtime.deleteProcessInstance(processOf(pep), "Cancelled by an administrator in Cockpit", true, true);

		assertThat(workItems.openOf(PepProcess.KEY, pep.id())).isEmpty();
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.ENDED);
		var school = new PortalVisitor(port);
		school.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		assertThat(WorktrayPages.allRows(school, "/professional/tasks")).extracting(Row::reference)
			.doesNotContain(pep.reference());
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		var page = visitor.get(pep.path());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().text()).contains("Ended");
		assertThat(visitor.get("/children/" + pep.childId().value()).status()).isEqualTo(200);
	}

	@Test
	void cancellingTheSchoolsTaskAndStartingQualityAssurance_movesTheWorkToTheOfficer() {
		Pep pep = testPeps.withTheSchool("Mo", "Moved");
		WorkItem schools = workItems.openOf(PepProcess.KEY, pep.id()).get(0);

		runtime.createProcessInstanceModification(processOf(pep))
			.cancelAllForActivity(PepProcess.Task.COMPLETE.id())
			.startBeforeActivity(PepProcess.Task.QUALITY_ASSURE.id())
			.execute(true, true);

		assertThat(workItems.openOf(PepProcess.KEY, pep.id())).extracting(WorkItem::taskKey)
			.containsExactly(PepProcess.Task.QUALITY_ASSURE.id());
		assertThat(workItems.openOf(PepProcess.KEY, pep.id())).extracting(WorkItem::taskId).doesNotContain(schools.taskId());
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.QUALITY_ASSURANCE);
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		assertThat(WorktrayPages.allRows(visitor, "/staff/tasks")).extracting(Row::reference).contains(pep.reference());
		assertThat(visitor.get(pep.path()).status()).isEqualTo(200);
	}

	@Test
	void bringingTheSchoolsDueDateForwardInTasklist_makesItOverdueInTheWorktrayAndTheTrackers() {
		Pep pep = testPeps.withTheSchool("Dee", "Redated");
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(pep.reference()).singleResult();
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		assertThat(visitor.get("/staff/trackers?due=overdue").body()).doesNotContain(pep.reference());

		task.setDueDate(Date.from(LocalDate.of(2026, 1, 5).atTime(17, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
		tasks.saveTask(task);

		assertThat(testPeps.dueDate(pep)).isEqualTo(LocalDate.of(2026, 1, 5));
		var school = new PortalVisitor(port);
		school.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		assertThat(WorktrayPages.allRows(school, "/professional/tasks")).filteredOn(row -> row.reference().equals(pep.reference()))
			.extracting(Row::requiredBy)
			.containsExactly("5 January 2026 Overdue");
		assertThat(visitor.get("/staff/trackers?due=overdue").body()).contains(pep.reference());
	}

	@Test
	void reassigningTheQualityAssuranceInTasklist_movesItToTheOtherOfficersWorktray() {
		Pep pep = testPeps.submittedByTheSchool("Rhys", "Reassigned");
		String email = TestSchools.uniqueEmail("second.officer");
		var second = accounts.open(new NewAccount("Sam", "Secondofficer", email, Set.of(Role.VIRTUAL_SCHOOL)), TestSchools.PASSWORD);
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(pep.reference()).singleResult();

		tasks.setAssignee(task.getId(), String.valueOf(second.value()));

		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		assertThat(WorktrayPages.allRows(visitor, "/staff/tasks")).extracting(Row::reference).doesNotContain(pep.reference());
		var officer = new PortalVisitor(port);
		officer.signIn(email, TestSchools.PASSWORD);
		assertThat(WorktrayPages.allRows(officer, "/staff/tasks")).extracting(Row::reference).contains(pep.reference());
		assertThat(officer.get(pep.path()).document().select("button").eachText()).contains("Confirm your decision");
	}

	private String processOf(Pep pep) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(pep.reference()).singleResult().getId();
	}

}
