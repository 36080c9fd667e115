package org.caseworkportal.worktray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.TestPeps;
import org.caseworkportal.people.TestSchools;
import org.caseworkportal.worktray.WorktrayPages.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff's "My tasks": each PEP waiting for the signed-in officer or social worker, and nothing else. */
class StaffWorktrayIntegrationTest extends PortalVisitorTest {

	@Autowired
	TestChildren children;

	@Autowired
	Accounts accounts;

	@Autowired
	TestPeps testPeps;

	@Test
	void anOfficerHasThePepsTheyStartedAtTheVirtualSchoolsStages_notThoseWithTheSchool() {
		String email = TestSchools.uniqueEmail("officer");
		PortalUser officer = accounts
			.find(accounts.open(new NewAccount("Orla", "Officerton", email, Set.of(Role.VIRTUAL_SCHOOL)), TestSchools.PASSWORD))
			.orElseThrow();
		Pep preparing = testPeps.beingPrepared(children.inCareAtRiverside("Pia", "Preparing"), LocalDate.of(2030, 5, 6),
				officer);
		Pep inHouse = testPeps.inHouse(children.inCareAtRiverside("Ian", "Inhouse"), LocalDate.of(2030, 5, 13), officer);
		testPeps.withTheSchool(children.inCareAtRiverside("Wes", "Withschool"), LocalDate.of(2030, 5, 20), officer);

		visitor.signIn(email, TestSchools.PASSWORD);

		assertThat(WorktrayPages.allRows(visitor, "/staff/tasks")).extracting(Row::reference, Row::status)
			.containsExactlyInAnyOrder(tuple(preparing.reference(), "Being prepared"),
					tuple(inHouse.reference(), "Being completed by the Virtual School"));
		assertThat(visitor.get("/staff").document().select(".app-tile").text()).isEqualTo("My tasks 2 tasks");
		assertThat(visitor.get("/staff/tasks").document().select("thead th").eachText()).containsExactly("Child",
				"Form type", "Required by ▲", "Virtual School officer", "Status");
	}

	@Test
	void aSocialWorkerHasThePepsWaitingToBeFinalised() {
		Pep pep = testPeps.withTheSocialWorker("Fay", "Finalising");

		visitor.signIn(TestChildren.SOCIAL_WORKER, DemoSignIns.PASSWORD);
		assertThat(WorktrayPages.allRows(visitor, "/staff/tasks")).extracting(Row::reference, Row::status)
			.contains(tuple(pep.reference(), "With the social worker"));

		var officer = new PortalVisitor(port);
		officer.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		assertThat(WorktrayPages.allRows(officer, "/staff/tasks")).extracting(Row::reference)
			.doesNotContain(pep.reference());
	}

	@Test
	void anSenCaseworkerIsToldEhcpTasksComeLater() {
		visitor.signIn(DemoSignIns.SEN_CASEWORKER, DemoSignIns.PASSWORD);

		var tasks = visitor.get("/staff/tasks").document();

		assertThat(tasks.select("#no-tasks").text()).isEqualTo("You have no tasks.");
		assertThat(tasks.text()).contains("EHC needs assessments and annual reviews will appear here");
		assertThat(visitor.get("/staff").document().select(".app-tile").text()).isEqualTo("My tasks 0 tasks");
	}

	@Test
	void professionalsHaveNoStaffWorktray() {
		assertThat(visitor.get("/staff/tasks").redirectPath()).startsWith("/sign-in");
		visitor.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		assertThat(visitor.get("/staff/tasks").status()).isEqualTo(403);
	}

}
