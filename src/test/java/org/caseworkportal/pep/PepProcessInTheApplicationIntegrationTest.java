package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.caseworkportal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application deploys bpmn/pep.bpmn and the beans it calls are found by name. */
@PortalIntegrationTest
class PepProcessInTheApplicationIntegrationTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPepDelegatedToTheSettingWaitsForItsMembersWithTheConfiguredDueDate_andCanBeRetracted() {
		Map<String, Object> variables = new HashMap<>();
		// The demo's Isla Placewood at Riverside Demo Academy: the notifications look people up.
		String riverside = idOf("select id from education_setting where urn = '999002'");
		variables.put("caseId", "4343");
		variables.put("childId", idOf("select id from child where upn = 'T999900217009'"));
		variables.put("requestedBy", idOf("select id from account where email = 'vs.officer@demo-borough.example'"));
		// In the future, so that no reminder or overdue timer is due while the job executor runs.
		variables.put("meetingDate", "2030-03-04");
		variables.put("officer", idOf("select id from account where email = 'vs.officer@demo-borough.example'"));
		variables.put("settingId", riverside);
		variables.put("completion", "setting");
		ProcessInstance pep = runtime.startProcessInstanceByKey("Process_Pep", "PEP-IT-0001", variables);
		tasks.complete(tasks.createTaskQuery().processInstanceId(pep.getId()).singleResult().getId());

		Task contribution = tasks.createTaskQuery().processInstanceId(pep.getId()).singleResult();
		assertThat(contribution.getTaskDefinitionKey()).isEqualTo("Task_CompletePep");
		assertThat(contribution.getName()).isEqualTo("Complete the PEP");
		assertThat(tasks.createTaskQuery().taskCandidateGroup("setting:" + riverside).taskId(contribution.getId()).count())
			.isEqualTo(1);
		assertThat(contribution.getDueDate())
			.isEqualTo(Date.from(OffsetDateTime.parse("2030-03-18T17:00:00Z").toInstant()));

		runtime.createMessageCorrelation("RetractPep").processInstanceBusinessKey("PEP-IT-0001").correlate();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pep.getId()).singleResult().getState())
			.isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
		assertThat(history.createHistoricActivityInstanceQuery()
			.processInstanceId(pep.getId())
			.activityId("EndEvent_PepRetracted")
			.finished()
			.count()).isEqualTo(1);
	}

	private String idOf(String query) {
		return String.valueOf(jdbc.sql(query).query(Long.class).single());
	}

}
