package org.caseworkportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.TestPeps;
import org.caseworkportal.people.TestSchools;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A work item's holders offer it only while nobody is assigned it ({@code work_item_holder.offered}),
 * however the assignee changes: the officers' quality assurance is held by role:VIRTUAL_SCHOOL and
 * assigned to the officer who started the PEP.
 */
@PortalIntegrationTest
class WorkItemsOnOfferIntegrationTest {

	@Autowired
	TestPeps peps;

	@Autowired
	Accounts accounts;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRolesTaskIsInItsMembersWorktraysOnlyWhileNobodyIsAssignedIt() {
		Pep pep = peps.submittedByTheSchool("Ola", "Onoffer");
		PortalUser officer = peps.officer();
		PortalUser colleague = accounts
			.find(accounts.open(new NewAccount("Cal", "Colleague", TestSchools.uniqueEmail("officer"),
					Set.of(Role.VIRTUAL_SCHOOL)), TestSchools.PASSWORD))
			.orElseThrow();
		String task = tasks.createTaskQuery().processInstanceBusinessKey(pep.reference()).singleResult().getId();

		assertThat(worktrayOf(officer)).contains(pep.reference());
		assertThat(worktrayOf(colleague)).as("assigned to the officer").doesNotContain(pep.reference());

		tasks.setAssignee(task, null);
		assertThat(worktrayOf(colleague)).as("offered to the role").contains(pep.reference());
		assertThat(worktrayOf(officer)).as("offered to the role").contains(pep.reference());

		tasks.setAssignee(task, String.valueOf(colleague.id().value()));
		assertThat(worktrayOf(colleague)).as("assigned to the colleague").contains(pep.reference());
		assertThat(worktrayOf(officer)).as("assigned to the colleague").doesNotContain(pep.reference());
	}

	private List<String> worktrayOf(PortalUser user) {
		return jdbc.sql("select w.business_key from work_item w where w.task_id in (" + WorkItems.IN_WORKTRAY_OF + ")")
			.param("me", user.id().value())
			.param("roles", WorkItems.rolesOf(user))
			.query(String.class)
			.list();
	}

}
