package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.caseworkportal.workflow.BareEngine.at;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.caseworkportal.calendar.TestWorkingDays;
import org.caseworkportal.calendar.Timescale;
import org.caseworkportal.pep.timescales.PepTimescales;
import org.caseworkportal.pep.timescales.PepTimescalesProperties;
import org.caseworkportal.workflow.Cases;
import org.caseworkportal.workflow.BareEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks each path of {@code bpmn/pep.bpmn} on a bare in-memory engine, moving the clock forward
 * and running the timers that fall due, with the seed authority's timescales (application.yml):
 * due 2, 4, 6 and 8 weeks after the meeting at 17:00 UK time, reminders 3 working days before at
 * 09:00.
 */
@Deployment(resources = "bpmn/pep.bpmn")
class PepProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("pep-process-test.cfg.xml")
		.build();

	private static final String REFERENCE = "PEP-2026-0001";

	private final PepNotifications notifications = mock(PepNotifications.class);

	private TaskService tasks;

	private ManagementService management;

	private BareEngine bare;

	@BeforeEach
	void registerTheBeansTheProcessCalls() {
		PepTimescalesProperties seedAuthority = new PepTimescalesProperties(Timescale.valueOf("2 weeks"),
				Timescale.valueOf("4 weeks"), Timescale.valueOf("6 weeks"), Timescale.valueOf("8 weeks"),
				Timescale.valueOf("3 working days"), LocalTime.of(17, 0), LocalTime.of(9, 0));
		Mocks.register("pepTimescales", new PepTimescales(seedAuthority, TestWorkingDays.byTheRulesOnly()));
		Mocks.register("pepDelegation", new PepDelegation());
		Mocks.register("pepNotifications", notifications);
		Mocks.register("cases", new Cases());
		BpmnAwareTests.init(engine.getProcessEngine());
		tasks = engine.getTaskService();
		management = engine.getManagementService();
		bare = new BareEngine(engine.getProcessEngine());
	}

	@AfterEach
	void resetClockAndBeans() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void happyPath_delegatedToTheSetting_remindedOnceAndOverdueOnce_thenQualityAssuredAndFinalised() {
		bare.clockAt("2026-02-25T10:00:00Z");
		ProcessInstance pep = start("2026-03-04", "setting");
		complete(theOpenTask(pep, "Task_PreparePep"), Map.of());

		verify(notifications, times(1)).newDelegatedForm(any());
		Task contribution = theOpenTask(pep, "Task_CompletePep");
		assertThat(bare.candidateGroups(contribution)).containsExactly("setting:12");
		assertThat(contribution.getAssignee()).isNull();
		// Meeting Wednesday 4 March + 2 weeks, 17:00 GMT.
		assertThat(contribution.getDueDate()).isEqualTo(at("2026-03-18T17:00:00Z"));
		assertThat(contribution.getFollowUpDate()).as("the follow-up date is the reminder's")
			.isEqualTo(at("2026-03-13T09:00:00Z"));

		// The reminder: 3 working days before Wednesday 18th is Friday 13th, 09:00.
		bare.clockAt("2026-03-13T08:59:00Z");
		verify(notifications, never()).reminder(any(), anyString());
		bare.clockAt("2026-03-13T09:00:00Z");
		verify(notifications, times(1)).reminder(any(), eq("contribution"));

		bare.clockAt("2026-03-18T16:59:00Z");
		verify(notifications, never()).overdue(any(), anyString());
		bare.clockAt("2026-03-18T17:00:00Z");
		bare.clockAt("2026-03-20T12:00:00Z");
		verify(notifications, times(1)).overdue(any(), eq("contribution"));
		verify(notifications, times(1)).reminder(any(), eq("contribution"));
		assertThat(theOpenTask(pep, "Task_CompletePep").getId()).as("the timers do not end the task")
			.isEqualTo(contribution.getId());

		complete(contribution, Map.of());
		Task qualityAssurance = theOpenTask(pep, "Task_QualityAssurePep");
		assertThat(qualityAssurance.getAssignee()).isEqualTo("101");
		assertThat(bare.candidateGroups(qualityAssurance)).containsExactly("role:VIRTUAL_SCHOOL");
		assertThat(qualityAssurance.getDueDate()).isEqualTo(at("2026-04-01T17:00:00+01:00"));
		complete(qualityAssurance, Map.of("qaDecision", "accepted", "spotCheck", false));

		Task finalise = theOpenTask(pep, "Task_FinalisePep");
		assertThat(finalise.getAssignee()).as("whoever is the child's social worker when it is done").isNull();
		assertThat(bare.candidateGroups(finalise)).containsExactly("child:SOCIAL_WORKER");
		assertThat(finalise.getDueDate()).isEqualTo(at("2026-04-29T17:00:00+01:00"));
		complete(finalise, Map.of());

		assertThat(pep).isEnded().hasPassed("EndEvent_PepFinalised").hasNotPassed("Task_SpotCheckPep");
		verify(notifications, times(1)).finalised(any());
		verifyNoMoreInteractions(notifications);
	}

	@Test
	void amendmentLoop_eachReturnPutsANewTaskBeforeTheProfessionalWithTheNewComments() {
		bare.clockAt("2026-03-05T10:00:00Z");
		ProcessInstance pep = start("2026-03-04", "professional");
		complete(theOpenTask(pep, "Task_PreparePep"), Map.of());
		Task contribution = theOpenTask(pep, "Task_CompletePep");
		assertThat(contribution.getAssignee()).isEqualTo("107");
		assertThat(bare.candidateGroups(contribution)).isEmpty();

		for (String comments : List.of("Targets need dates", "The attendance figure is missing")) {
			complete(contribution, Map.of());
			complete(theOpenTask(pep, "Task_QualityAssurePep"), Map.of("qaDecision", "returned", "qaComments", comments));

			contribution = theOpenTask(pep, "Task_CompletePep");
			assertThat(contribution.getAssignee()).isEqualTo("107");
			assertThat(tasks.getVariable(contribution.getId(), "qaComments")).isEqualTo(comments);
			assertThat(contribution.getDueDate()).isEqualTo(at("2026-03-18T17:00:00Z"));
			assertThat(timerOf(pep, "BoundaryEvent_CompletePepReminder").getDuedate())
				.isEqualTo(at("2026-03-13T09:00:00Z"));
		}
		verify(notifications, times(2)).returnedForAmendment(any());

		complete(contribution, Map.of());
		complete(theOpenTask(pep, "Task_QualityAssurePep"), Map.of("qaDecision", "accepted", "spotCheck", false));
		assertThat(pep).isWaitingAt("Task_FinalisePep");
		verify(notifications, times(1)).newDelegatedForm(any());
		verifyNoMoreInteractions(notifications);
	}

	@Test
	void inHouse_theOfficerCompletesThePepAndNoSchoolIsInvolved() {
		bare.clockAt("2026-03-05T10:00:00Z");
		ProcessInstance pep = start("2026-03-04", "inHouse");
		complete(theOpenTask(pep, "Task_PreparePep"), Map.of());

		Task inHouse = theOpenTask(pep, "Task_CompletePepInHouse");
		assertThat(inHouse.getAssignee()).isEqualTo("101");
		assertThat(inHouse.getDueDate()).isEqualTo(at("2026-03-18T17:00:00Z"));
		complete(inHouse, Map.of("spotCheck", true));

		Task spotCheck = theOpenTask(pep, "Task_SpotCheckPep");
		assertThat(spotCheck.getDueDate()).isEqualTo(at("2026-04-15T17:00:00+01:00"));
		complete(spotCheck, Map.of());
		complete(theOpenTask(pep, "Task_FinalisePep"), Map.of());

		assertThat(pep).isEnded()
			.hasPassed("Task_CompletePepInHouse", "Task_SpotCheckPep", "EndEvent_PepFinalised")
			.hasNotPassed("Task_CompletePep", "Task_QualityAssurePep");
		verify(notifications, times(1)).finalised(any());
		verifyNoMoreInteractions(notifications);
	}

	@Test
	void retraction_whileTheSchoolsTaskIsOpen_removesTheTaskAndEndsThePep() {
		bare.clockAt("2026-03-05T10:00:00Z");
		ProcessInstance pep = start("2026-03-04", "setting");
		complete(theOpenTask(pep, "Task_PreparePep"), Map.of());
		assertThat(tasks.createTaskQuery().taskCandidateGroup("setting:12").count()).isEqualTo(1);

		engine.getRuntimeService().createMessageCorrelation("RetractPep").processInstanceBusinessKey(REFERENCE).correlate();

		assertThat(tasks.createTaskQuery().taskCandidateGroup("setting:12").count()).isZero();
		assertThat(management.createJobQuery().processInstanceId(pep.getId()).count()).as("no timers left").isZero();
		assertThat(pep).isEnded().hasPassed("EndEvent_PepRetracted").hasNotPassed("EndEvent_PepFinalised");
		bare.clockAt("2026-03-20T12:00:00Z");
		verify(notifications, times(1)).newDelegatedForm(any());
		verify(notifications, times(1)).retracted(any());
		verifyNoMoreInteractions(notifications);
	}

	@Test
	void aDueDateOnABankHolidayMovesToTheNextWorkingDay() {
		bare.clockAt("2026-03-16T10:00:00Z");
		// Friday 20 March + 2 weeks is Good Friday 3 April; Easter Monday follows the weekend.
		ProcessInstance pep = start("2026-03-20", "setting");
		complete(theOpenTask(pep, "Task_PreparePep"), Map.of());

		assertThat(theOpenTask(pep, "Task_CompletePep").getDueDate()).isEqualTo(at("2026-04-07T17:00:00+01:00"));
		// 3 working days before Tuesday 7 April, skipping Easter Monday and Good Friday: Tuesday 31 March.
		assertThat(timerOf(pep, "BoundaryEvent_CompletePepReminder").getDuedate())
			.isEqualTo(at("2026-03-31T09:00:00+01:00"));
		assertThat(timerOf(pep, "BoundaryEvent_CompletePepOverdue").getDuedate())
			.isEqualTo(at("2026-04-07T17:00:00+01:00"));
	}

	private ProcessInstance start(String meetingDate, String completion) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", "42");
		variables.put("childId", "1");
		variables.put("requestedBy", "101");
		variables.put("meetingDate", meetingDate);
		variables.put("officer", "101");
		variables.put("settingId", "12");
		variables.put("professional", "107");
		variables.put("completion", completion);
		return engine.getRuntimeService().startProcessInstanceByKey(PepProcess.KEY, REFERENCE, variables);
	}

	private Task theOpenTask(ProcessInstance pep, String taskId) {
		List<Task> open = tasks.createTaskQuery().processInstanceId(pep.getId()).list();
		assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactly(taskId);
		return open.get(0);
	}

	private void complete(Task task, Map<String, Object> variables) {
		tasks.complete(task.getId(), variables);
	}


	private Job timerOf(ProcessInstance pep, String boundaryEventId) {
		return management.createJobQuery().processInstanceId(pep.getId()).activityId(boundaryEventId).singleResult();
	}



}
