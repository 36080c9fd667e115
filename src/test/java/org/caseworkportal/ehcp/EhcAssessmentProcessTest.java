package org.caseworkportal.ehcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.caseworkportal.workflow.BareEngine.at;
import static org.mockito.Mockito.mock;

import java.time.LocalTime;
import java.util.ArrayList;
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
import org.caseworkportal.ehcp.EhcAssessmentProcess.AdviceDecision;
import org.caseworkportal.ehcp.EhcAssessmentProcess.AdviceType;
import org.caseworkportal.ehcp.EhcAssessmentProcess.AssessDecision;
import org.caseworkportal.ehcp.EhcAssessmentProcess.IssueDecision;
import org.caseworkportal.workflow.CaseScope;
import org.caseworkportal.workflow.Cases;
import org.caseworkportal.workflow.BareEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.invocation.InvocationOnMock;

/**
 * Walks each path of {@code bpmn/ehcp-assessment.bpmn} on a bare in-memory engine, moving the
 * clock forward and running the timers that fall due, with the statutory periods and the default
 * settings (application.yml): due at 17:00 UK time, reminders a week before at 09:00. Every notice
 * the process gives is recorded in order, so each test says exactly what was sent and when.
 */
@Deployment(resources = "bpmn/ehcp-assessment.bpmn")
class EhcAssessmentProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("ehc-assessment-process-test.cfg.xml")
		.build();

	private static final String REFERENCE = "EHC-2026-0001";

	/** The notices, as "method step adviceId" at the moment each was given. */
	private final List<String> sent = new ArrayList<>();

	private TaskService tasks;

	private ManagementService management;

	private BareEngine bare;

	@BeforeEach
	void registerTheBeansTheProcessCalls() {
		EhcTimescalesProperties defaults = new EhcTimescalesProperties(Timescale.valueOf("1 week"), LocalTime.of(17, 0),
				LocalTime.of(9, 0));
		Mocks.register("ehcTimescales", new EhcTimescales(defaults, TestWorkingDays.byTheRulesOnly()));
		Mocks.register("ehcAdvice", new EhcAdvice());
		Mocks.register("ehcConsultation", new EhcConsultation());
		Mocks.register("ehcNotifications", mock(EhcNotifications.class, this::record));
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
	void notAssessed_remindedOnceAndOverdueOnceAtSixWeeks_thenTheParentIsToldAndNoLaterClockFires() {
		bare.clockAt("2026-01-05T10:00:00Z");
		ProcessInstance assessment = start("2026-01-05");

		Task decide = theOpenTask(assessment, "Task_DecideWhetherToAssess");
		assertThat(bare.candidateGroups(decide)).as("the SEN team's queue until a caseworker is linked to the child")
			.containsExactlyInAnyOrder("child:SEN_CASEWORKER", "role:SEN_CASEWORKER");
		assertThat(decide.getAssignee()).isNull();
		// Monday 5 January 2026 + 6 weeks: Monday 16 February, 17:00 GMT; reminded a week before at 09:00.
		assertThat(decide.getDueDate()).isEqualTo(at("2026-02-16T17:00:00Z"));
		assertThat(decide.getFollowUpDate()).isEqualTo(at("2026-02-09T09:00:00Z"));

		bare.clockAt("2026-02-09T08:59:00Z");
		assertThat(sent).isEmpty();
		bare.clockAt("2026-02-09T09:00:00Z");
		assertThat(sent).containsExactly("reminder decideToAssess");
		bare.clockAt("2026-02-16T16:59:00Z");
		assertThat(sent).containsExactly("reminder decideToAssess");
		bare.clockAt("2026-02-16T17:00:00Z");
		assertThat(sent).containsExactly("reminder decideToAssess", "overdue decideToAssess");
		bare.clockAt("2026-02-18T10:00:00Z");
		assertThat(theOpenTask(assessment, "Task_DecideWhetherToAssess").getId()).as("the timers leave the task open")
			.isEqualTo(decide.getId());

		complete(decide, Map.of("assessDecision", AssessDecision.NOT_ASSESS.variable()));

		assertThat(assessment).isEnded()
			.hasPassed("Task_NotifyNotAssessing", "EndEvent_NotAssessed")
			.hasNotPassed("Task_NotifyAssessing");
		assertThat(timersOf(assessment)).as("the 18- and 20-week clocks end with the assessment").isEmpty();
		bare.clockAt("2026-06-01T12:00:00Z");
		assertThat(sent).containsExactly("reminder decideToAssess", "overdue decideToAssess", "decidedNotToAssess");
	}

	@Test
	void notIssued_theDecisionIsDueSixteenWeeksFromTheRequest_andTheTwentyWeekClockAndOpenAdviceEndWithTheProcess() {
		bare.clockAt("2026-01-05T10:00:00Z");
		ProcessInstance assessment = start("2026-01-05");
		// 18 and 20 weeks from Monday 5 January 2026: Mondays 11 and 25 May, 17:00 BST.
		assertThat(timerOf(assessment, "StartEvent_FinalPlanAtRisk").getDuedate()).isEqualTo(at("2026-05-11T17:00:00+01:00"));
		assertThat(timerOf(assessment, "StartEvent_FinalPlanOverdue").getDuedate()).isEqualTo(at("2026-05-25T17:00:00+01:00"));

		bare.clockAt("2026-02-02T10:00:00Z");
		complete(theOpenTask(assessment, "Task_DecideWhetherToAssess"),
				Map.of("assessDecision", AssessDecision.ASSESS.variable()));

		Task decide = theOpenTask(assessment, "Task_DecideWhetherToIssue");
		assertThat(bare.candidateGroups(decide)).containsExactly("child:SEN_CASEWORKER");
		// Exactly 16 weeks from the request: Monday 27 April 2026, 17:00 BST (16:00 UTC).
		assertThat(decide.getDueDate()).isEqualTo(at("2026-04-27T17:00:00+01:00")).isEqualTo(at("2026-04-27T16:00:00Z"));
		assertThat(decide.getFollowUpDate()).isEqualTo(at("2026-04-20T09:00:00+01:00"));

		bare.clockAt("2026-04-01T10:00:00Z");
		requestAdvice("ADV-1", AdviceType.HEALTH, "201", "2026-04-01");
		assertThat(theOpenTask(assessment, "Task_GiveAdvice").getDueDate()).isEqualTo(at("2026-05-13T17:00:00+01:00"));

		bare.clockAt("2026-04-20T07:59:00Z");
		assertThat(sent).containsExactly("decidedToAssess");
		bare.clockAt("2026-04-20T08:00:00Z");
		assertThat(sent).containsExactly("decidedToAssess", "reminder decideNotToIssue");

		bare.clockAt("2026-04-24T10:00:00Z");
		complete(theOpenTask(assessment, "Task_DecideWhetherToIssue"),
				Map.of("issueDecision", IssueDecision.NOT_ISSUE.variable()));

		assertThat(assessment).isEnded()
			.hasPassed("Task_NotifyNotIssuing", "EndEvent_PlanNotIssued")
			.hasNotPassed("Task_NotifyDraftIssued", "EndEvent_AdviceAccepted");
		assertThat(tasks.createTaskQuery().processInstanceId(assessment.getId()).count()).as("the open advice ends too")
			.isZero();
		assertThat(timersOf(assessment)).isEmpty();
		bare.clockAt("2026-06-01T12:00:00Z");
		assertThat(sent).containsExactly("decidedToAssess", "reminder decideNotToIssue", "decidedNotToIssue");
	}

	@Test
	void planIssued_twoAdviceRequestsEachOnItsOwnClock_twoSettingsConsulted_andTheAtRiskNoticeOnceAtEighteenWeeks() {
		bare.clockAt("2026-01-05T10:00:00Z");
		ProcessInstance assessment = start("2026-01-05");
		bare.clockAt("2026-01-26T10:00:00Z");
		complete(theOpenTask(assessment, "Task_DecideWhetherToAssess"),
				Map.of("assessDecision", AssessDecision.ASSESS.variable()));

		bare.clockAt("2026-01-27T10:00:00Z");
		requestAdvice("ADV-EP", AdviceType.PSYCHOLOGICAL, "201", "2026-01-27");
		bare.clockAt("2026-01-29T10:00:00Z");
		requestAdvice("ADV-SCHOOL", AdviceType.EDUCATIONAL, "setting:12", "2026-01-29");

		Task psychologist = theAdviceTask(assessment, "ADV-EP");
		assertThat(psychologist.getAssignee()).isEqualTo("201");
		assertThat(bare.candidateGroups(psychologist)).isEmpty();
		// Tuesday 27 January + 6 weeks: Tuesday 10 March, 17:00 GMT; reminded Tuesday 3 March, 09:00.
		assertThat(psychologist.getDueDate()).isEqualTo(at("2026-03-10T17:00:00Z"));
		assertThat(psychologist.getFollowUpDate()).isEqualTo(at("2026-03-03T09:00:00Z"));
		Task school = theAdviceTask(assessment, "ADV-SCHOOL");
		assertThat(school.getAssignee()).as("offered to the setting's members").isNull();
		assertThat(bare.candidateGroups(school)).containsExactly("setting:12");
		assertThat(school.getDueDate()).isEqualTo(at("2026-03-12T17:00:00Z"));
		assertThat(school.getFollowUpDate()).isEqualTo(at("2026-03-05T09:00:00Z"));

		bare.clockAt("2026-03-03T08:59:00Z");
		assertThat(sent).containsExactly("decidedToAssess");
		bare.clockAt("2026-03-03T09:00:00Z");
		bare.clockAt("2026-03-05T09:00:00Z");
		bare.clockAt("2026-03-10T16:59:00Z");
		assertThat(sent).containsExactly("decidedToAssess", "reminder adviceDue ADV-EP", "reminder adviceDue ADV-SCHOOL");
		bare.clockAt("2026-03-10T17:00:00Z");
		bare.clockAt("2026-03-12T17:00:00Z");
		bare.clockAt("2026-03-13T10:00:00Z");
		assertThat(sent).containsExactly("decidedToAssess", "reminder adviceDue ADV-EP", "reminder adviceDue ADV-SCHOOL",
				"overdue adviceDue ADV-EP", "overdue adviceDue ADV-SCHOOL");

		complete(psychologist, Map.of());
		complete(school, Map.of());
		List<Task> reviews = theOpenTasks(assessment, "Task_ReviewAdvice");
		assertThat(reviews).hasSize(2)
			.allSatisfy(review -> assertThat(bare.candidateGroups(review)).containsExactly("child:SEN_CASEWORKER"));
		reviews.forEach(review -> complete(review, Map.of("adviceDecision", AdviceDecision.ACCEPTED.variable())));
		assertThat(theOpenTasks(assessment, "Task_GiveAdvice")).isEmpty();
		assertThat(theOpenTasks(assessment, "Task_ReviewAdvice")).isEmpty();

		bare.clockAt("2026-03-18T10:00:00Z");
		complete(theOpenTask(assessment, "Task_DecideWhetherToIssue"),
				Map.of("issueDecision", IssueDecision.ISSUE.variable(), "draftIssuedOn", "2026-03-18"));
		Task comments = theOpenTask(assessment, "Task_CommentOnDraft");
		assertThat(bare.candidateGroups(comments)).containsExactly("child:PARENT");
		// Wednesday 18 March + 15 days: Thursday 2 April, 17:00 BST (after the clocks went forward on 29 March).
		assertThat(comments.getDueDate()).isEqualTo(at("2026-04-02T17:00:00+01:00"));
		assertThat(comments.getFollowUpDate()).isEqualTo(at("2026-03-26T09:00:00Z"));

		bare.clockAt("2026-03-25T10:00:00Z");
		complete(comments, Map.of("consultedSettings", new ArrayList<>(List.of("12", "15")), "consultationStartedOn",
				"2026-03-25"));
		List<Task> consultations = theOpenTasks(assessment, "Task_RespondToConsultation");
		assertThat(consultations).hasSize(2);
		assertThat(consultations).flatExtracting(bare::candidateGroups).containsExactlyInAnyOrder("setting:12", "setting:15");
		// Wednesday 25 March + 15 days: Thursday 9 April, 17:00 BST.
		assertThat(consultations).extracting(Task::getDueDate).containsOnly(at("2026-04-09T17:00:00+01:00"));
		assertThat(consultations).extracting(Task::getFollowUpDate).containsOnly(at("2026-04-02T09:00:00+01:00"));

		bare.clockAt("2026-04-01T10:00:00Z");
		consultations.forEach(consultation -> complete(consultation, Map.of()));

		Task finalPlan = theOpenTask(assessment, "Task_IssueFinalPlan");
		assertThat(bare.candidateGroups(finalPlan)).containsExactly("child:SEN_CASEWORKER");
		// 20 weeks from Monday 5 January: Monday 25 May 2026, the spring bank holiday; the law's date stays.
		assertThat(finalPlan.getDueDate()).isEqualTo(at("2026-05-25T17:00:00+01:00"));
		assertThat(finalPlan.getFollowUpDate()).isEqualTo(at("2026-05-18T09:00:00+01:00"));

		bare.clockAt("2026-05-11T15:59:00Z");
		assertThat(sent).doesNotContain("finalPlanAtRisk");
		bare.clockAt("2026-05-11T16:00:00Z");
		bare.clockAt("2026-05-14T10:00:00Z");
		assertThat(sent).containsOnlyOnce("finalPlanAtRisk").endsWith("finalPlanAtRisk");

		bare.clockAt("2026-05-15T10:00:00Z");
		complete(finalPlan, Map.of());

		assertThat(assessment).isEnded()
			.hasPassed("Task_RespondToConsultation", "Task_NotifyFinalPlanIssued", "EndEvent_PlanIssued")
			.hasNotPassed("EndEvent_FinalPlanOverdueNotified");
		assertThat(timersOf(assessment)).isEmpty();
		bare.clockAt("2026-06-01T12:00:00Z");
		assertThat(sent).containsExactly("decidedToAssess", "reminder adviceDue ADV-EP", "reminder adviceDue ADV-SCHOOL",
				"overdue adviceDue ADV-EP", "overdue adviceDue ADV-SCHOOL", "draftIssued", "finalPlanAtRisk",
				"finalPlanIssued");
	}

	@Test
	void adviceSentBack_aNewTaskShowsTheReasonWithTheSameDueDate_andItsReminderAndOverdueGoOnlyOnce() {
		bare.clockAt("2026-01-05T10:00:00Z");
		ProcessInstance assessment = start("2026-01-05");
		bare.clockAt("2026-01-26T10:00:00Z");
		complete(theOpenTask(assessment, "Task_DecideWhetherToAssess"),
				Map.of("assessDecision", AssessDecision.ASSESS.variable()));
		bare.clockAt("2026-01-27T10:00:00Z");
		requestAdvice("ADV-1", AdviceType.HEALTH, "201", "2026-01-27");
		bare.clockAt("2026-03-03T09:00:00Z");
		assertThat(sent).containsExactly("decidedToAssess", "reminder adviceDue ADV-1");

		bare.clockAt("2026-03-04T10:00:00Z");
		Task first = theOpenTask(assessment, "Task_GiveAdvice");
		complete(first, Map.of());
		sendBack(assessment, "The report does not say how often therapy is needed");

		Task again = theOpenTask(assessment, "Task_GiveAdvice");
		assertThat(again.getId()).isNotEqualTo(first.getId());
		assertThat(again.getAssignee()).isEqualTo("201");
		assertThat(tasks.getVariable(again.getId(), "adviceRejectionReason"))
			.isEqualTo("The report does not say how often therapy is needed");
		assertThat(again.getDueDate()).as("still 6 weeks from the request for advice").isEqualTo(at("2026-03-10T17:00:00Z"));
		assertThat(sent).as("the new task's reminder, whose moment has passed, stays quiet")
			.containsExactly("decidedToAssess", "reminder adviceDue ADV-1", "adviceRejected ADV-1");

		bare.clockAt("2026-03-10T17:00:00Z");
		assertThat(sent).endsWith("overdue adviceDue ADV-1");
		bare.clockAt("2026-03-11T10:00:00Z");
		complete(again, Map.of());
		sendBack(assessment, "Please sign the report");
		assertThat(tasks.getVariable(theOpenTask(assessment, "Task_GiveAdvice").getId(), "adviceRejectionReason"))
			.isEqualTo("Please sign the report");

		bare.clockAt("2026-03-12T10:00:00Z");
		complete(theOpenTask(assessment, "Task_GiveAdvice"), Map.of());
		complete(theOpenTask(assessment, "Task_ReviewAdvice"), Map.of("adviceDecision", AdviceDecision.ACCEPTED.variable()));

		assertThat(assessment).isWaitingAt("Task_DecideWhetherToIssue")
			.hasPassed("EndEvent_GiveAdviceAlreadyReminded", "EndEvent_GiveAdviceOverdueAlreadyNotified",
					"EndEvent_AdviceAccepted");
		assertThat(engine.getRuntimeService().getVariablesLocal(assessment.getId()))
			.as("the review's decision and reason stay with their advice request")
			.doesNotContainKeys("adviceDecision", "adviceRejectionReason", "adviceReminderSent", "adviceOverdueSent");
		assertThat(sent).containsExactly("decidedToAssess", "reminder adviceDue ADV-1", "adviceRejected ADV-1",
				"overdue adviceDue ADV-1", "adviceRejected ADV-1");
	}

	@Test
	void noSettingToConsult_theParentsCommentsGoStraightToTheFinalPlan() {
		bare.clockAt("2026-01-05T10:00:00Z");
		ProcessInstance assessment = start("2026-01-05");
		bare.clockAt("2026-01-26T10:00:00Z");
		complete(theOpenTask(assessment, "Task_DecideWhetherToAssess"),
				Map.of("assessDecision", AssessDecision.ASSESS.variable()));
		bare.clockAt("2026-03-18T10:00:00Z");
		complete(theOpenTask(assessment, "Task_DecideWhetherToIssue"),
				Map.of("issueDecision", IssueDecision.ISSUE.variable(), "draftIssuedOn", "2026-03-18"));

		bare.clockAt("2026-03-25T10:00:00Z");
		complete(theOpenTask(assessment, "Task_CommentOnDraft"), Map.of("consultedSettings", new ArrayList<>()));

		assertThat(theOpenTask(assessment, "Task_IssueFinalPlan").getDueDate()).isEqualTo(at("2026-05-25T17:00:00+01:00"));
		assertThat(assessment).hasPassed("Gateway_ConsultationDone").hasNotPassed("Task_RespondToConsultation");
		assertThat(sent).containsExactly("decidedToAssess", "draftIssued");
	}

	@Test
	void statutoryDatesStayOnTheirDayAt5pmUkTime_acrossClockChangesWeekendsAndBankHolidays_whileRemindersMoveToAWorkingDay() {
		bare.clockAt("2026-01-01T10:00:00Z");

		// Thursday 19 February + 6 weeks: Thursday 2 April, after the clocks go forward on 29 March; the
		// reminder, Thursday 26 March, is still in GMT.
		ProcessInstance spring = start("EHC-SPRING", "2026-02-19");
		Task springDecision = theOpenTask(spring, "Task_DecideWhetherToAssess");
		assertThat(springDecision.getDueDate()).isEqualTo(at("2026-04-02T16:00:00Z"));
		assertThat(timerOf(spring, "BoundaryEvent_DecideWhetherToAssessOverdue").getDuedate())
			.isEqualTo(at("2026-04-02T17:00:00+01:00"));
		assertThat(timerOf(spring, "BoundaryEvent_DecideWhetherToAssessReminder").getDuedate())
			.isEqualTo(at("2026-03-26T09:00:00Z"));
		assertThat(timerOf(spring, "StartEvent_FinalPlanAtRisk").getDuedate()).isEqualTo(at("2026-06-25T17:00:00+01:00"));
		assertThat(timerOf(spring, "StartEvent_FinalPlanOverdue").getDuedate()).isEqualTo(at("2026-07-09T17:00:00+01:00"));

		// Monday 14 September + 6 weeks: Monday 26 October, the day after the clocks go back; reminded in BST.
		ProcessInstance autumn = start("EHC-AUTUMN", "2026-09-14");
		assertThat(theOpenTask(autumn, "Task_DecideWhetherToAssess").getDueDate()).isEqualTo(at("2026-10-26T17:00:00Z"));
		assertThat(timerOf(autumn, "BoundaryEvent_DecideWhetherToAssessReminder").getDuedate())
			.isEqualTo(at("2026-10-19T09:00:00+01:00"));

		// A request received on Saturday 7 March: due Saturday 18 April, not moved to the Monday. Its
		// reminder, a week before on Saturday 11 April, goes on Friday 10 April.
		ProcessInstance weekend = start("EHC-WEEKEND", "2026-03-07");
		Task weekendDecision = theOpenTask(weekend, "Task_DecideWhetherToAssess");
		assertThat(weekendDecision.getDueDate()).isEqualTo(at("2026-04-18T17:00:00+01:00"));
		assertThat(weekendDecision.getFollowUpDate()).isEqualTo(at("2026-04-10T09:00:00+01:00"));
		assertThat(timerOf(weekend, "BoundaryEvent_DecideWhetherToAssessReminder").getDuedate())
			.isEqualTo(at("2026-04-10T09:00:00+01:00"));

		// 20 weeks from Monday 5 January is the spring bank holiday, Monday 25 May: the final plan is still due then.
		ProcessInstance bankHoliday = start("EHC-BANK-HOLIDAY", "2026-01-05");
		assertThat(timerOf(bankHoliday, "StartEvent_FinalPlanOverdue").getDuedate())
			.isEqualTo(at("2026-05-25T17:00:00+01:00"));
	}

	private ProcessInstance start(String requestDate) {
		return start(REFERENCE, requestDate);
	}

	private ProcessInstance start(String reference, String requestDate) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", "42");
		variables.put("childId", "1");
		variables.put("requestedBy", "301");
		variables.put("requestDate", requestDate);
		return engine.getRuntimeService().startProcessInstanceByKey(EhcAssessmentProcess.KEY, reference, variables);
	}

	/** The caseworker asks for advice: one RequestAdvice message, its variables its own. */
	private void requestAdvice(String adviceId, AdviceType type, String holder, String requestedOn) {
		engine.getRuntimeService()
			.createMessageCorrelation(EhcAssessmentProcess.REQUEST_ADVICE)
			.processInstanceBusinessKey(REFERENCE)
			.setVariablesLocal(Map.of("adviceId", adviceId, "adviceType", type.variable(), "adviceHolder", holder,
					"adviceRequestedOn", requestedOn))
			.correlate();
	}

	private void sendBack(ProcessInstance assessment, String reason) {
		complete(theOpenTask(assessment, "Task_ReviewAdvice"),
				Map.of("adviceDecision", AdviceDecision.REJECTED.variable(), "adviceRejectionReason", reason));
	}

	private Object record(InvocationOnMock invocation) {
		CaseScope scope = invocation.getArgument(0);
		StringBuilder notice = new StringBuilder(invocation.getMethod().getName());
		if (invocation.getArguments().length > 1) {
			notice.append(' ').append((String) invocation.getArgument(1));
		}
		if (notice.toString().contains("advice") || notice.toString().contains("Advice")) {
			notice.append(' ').append(scope.get(EhcAssessmentProcess.ADVICE_ID));
		}
		sent.add(notice.toString());
		return null;
	}

	private Task theAdviceTask(ProcessInstance assessment, String adviceId) {
		return theOpenTasks(assessment, "Task_GiveAdvice").stream()
			.filter(task -> adviceId.equals(tasks.getVariable(task.getId(), "adviceId")))
			.findFirst()
			.orElseThrow();
	}

	private Task theOpenTask(ProcessInstance assessment, String taskId) {
		List<Task> open = theOpenTasks(assessment, taskId);
		assertThat(open).as(taskId).hasSize(1);
		return open.get(0);
	}

	private List<Task> theOpenTasks(ProcessInstance assessment, String taskId) {
		return tasks.createTaskQuery().processInstanceId(assessment.getId()).taskDefinitionKey(taskId).list();
	}

	private void complete(Task task, Map<String, Object> variables) {
		tasks.complete(task.getId(), variables);
	}


	private Job timerOf(ProcessInstance assessment, String activityId) {
		return management.createJobQuery().processInstanceId(assessment.getId()).activityId(activityId).singleResult();
	}

	private List<Job> timersOf(ProcessInstance assessment) {
		return management.createJobQuery().processInstanceId(assessment.getId()).list();
	}



}
