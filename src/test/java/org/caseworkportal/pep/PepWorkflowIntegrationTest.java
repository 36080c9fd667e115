package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.caseworkportal.web.NotVisible;
import org.caseworkportal.workflow.WorkItem;
import org.caseworkportal.workflow.WorkItems;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.forms.submission.FormSubmissions;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PEP's steps through the service layer: who may do each, and what the PEP's row says after. */
@PortalIntegrationTest
class PepWorkflowIntegrationTest {

	@Autowired
	PepWorkflow workflow;

	@Autowired
	Peps peps;

	@Autowired
	TestChildren children;

	@Autowired
	Accounts accounts;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	TaskService tasks;

	@Autowired
	WorkItems workItems;

	@Autowired
	TestPeps testPeps;

	@Test
	void aPepDelegatedToTheSchoolIsTheSchoolsToComplete_andOnlyItsToSubmit() {
		ChildId child = children.inCareAtRiverside("Wren", "Workflowe");
		Pep pep = workflow.start(user(DemoSignIns.VIRTUAL_SCHOOL_OFFICER),
				new StartPep(child, LocalDate.of(2030, 3, 4), Completion.SETTING, null, "Please add the new targets."));
		assertThat(pep.reference()).matches("PEP-2030-\\d{6}");
		assertThat(pep.stage()).isEqualTo(PepStage.PREPARING);
		assertThat(workItems.openOf(PepProcess.KEY, pep.id())).extracting(WorkItem::taskId, WorkItem::assignee)
			.containsExactly(tuple(tasks.createTaskQuery().processInstanceBusinessKey(pep.reference()).singleResult().getId(),
					user(DemoSignIns.VIRTUAL_SCHOOL_OFFICER).id()));
		assertThat(submissions.find(pep.submissionId()).orElseThrow().answers()).containsEntry("meetingDate", "2030-03-04");

		assertThatThrownBy(() -> workflow.start(user(DemoSignIns.VIRTUAL_SCHOOL_OFFICER),
				new StartPep(child, LocalDate.of(2030, 3, 4), Completion.SETTING, null, null)))
			.isInstanceOf(PepRefused.class)
			.hasMessageContaining("already has a PEP in progress, " + pep.reference());

		workflow.sendForCompletion(user(DemoSignIns.VIRTUAL_SCHOOL_OFFICER), pep.id());
		Pep withSchool = peps.find(pep.id()).orElseThrow();
		assertThat(withSchool.stage()).isEqualTo(PepStage.WITH_SCHOOL);
		assertThat(testPeps.dueDate(withSchool)).isEqualTo(LocalDate.of(2030, 3, 18));

		assertThatThrownBy(() -> workflow.submitContribution(user(DemoSignIns.OAKFIELD_TEACHER), pep.id(), 1))
			.as("another school's teacher")
			.isInstanceOf(NotVisible.class);
		var draft = submissions.find(pep.submissionId()).orElseThrow();
		assertThat(workflow.submitContribution(user(DemoSignIns.RIVERSIDE_TEACHER), pep.id(), draft.revision()))
			.as("the form is not complete")
			.isNotEmpty();

		workflow.retract(user(DemoSignIns.VIRTUAL_SCHOOL_OFFICER), pep.id(), "Placement moved");
		assertThat(peps.find(pep.id()).orElseThrow().stage()).isEqualTo(PepStage.RETRACTED);
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey(pep.reference()).count()).isZero();
	}

	@Test
	void anInHousePep_isRefusedWhileIncomplete_thenGoesStraightToTheSocialWorker_whoFinalisesItWithItsPdfKept() {
		ChildId child = children.inCareAtRiverside("Ivy", "Inhouse");
		PortalUser officer = user(DemoSignIns.VIRTUAL_SCHOOL_OFFICER);
		Pep pep = workflow.start(officer, new StartPep(child, LocalDate.of(2030, 3, 4), Completion.IN_HOUSE, null, null));
		workflow.sendForCompletion(officer, pep.id());
		assertThat(peps.find(pep.id()).orElseThrow().stage()).isEqualTo(PepStage.IN_HOUSE);
		var draft = submissions.find(pep.submissionId()).orElseThrow();
		assertThat(workflow.submitContribution(officer, pep.id(), draft.revision())).as("nothing answered yet")
			.isNotEmpty();

		Pep submitted = testPeps.answerAndSubmit(pep, officer);
		assertThat(submitted.stage()).as("no quality assurance of the Virtual School's own work")
			.isEqualTo(PepStage.FINALISING);
		workflow.finalise(user(TestChildren.SOCIAL_WORKER), pep.id());
		Pep finalised = peps.find(pep.id()).orElseThrow();
		assertThat(finalised.stage()).isEqualTo(PepStage.FINALISED);
		assertThat(finalised.nextMeetingDate()).isEqualTo(LocalDate.of(2030, 9, 16));
		assertThat(new String(peps.finalPdf(pep.id()).orElseThrow(), 0, 4, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF");
	}

	private PortalUser user(String email) {
		return accounts.findByEmail(email).orElseThrow();
	}

}
