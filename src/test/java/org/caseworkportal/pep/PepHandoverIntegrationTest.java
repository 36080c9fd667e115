package org.caseworkportal.pep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.People;
import org.caseworkportal.people.Relationship;
import org.caseworkportal.people.TestSchools;
import org.caseworkportal.worktray.WorktrayPages;
import org.caseworkportal.worktray.WorktrayPages.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** When a child's social worker changes hands, the PEP waiting to be finalised moves with them, in the worktray and in who may act. */
class PepHandoverIntegrationTest extends PortalVisitorTest {

	@Autowired
	TestPeps testPeps;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Test
	void aNewSocialWorkerTakesOverThePepToFinalise_andTheOldOneCanNoLongerFinaliseIt() {
		Pep pep = testPeps.withTheSocialWorker("Hana", "Handover");
		PortalVisitor oldWorker = visitor;
		oldWorker.signIn(TestChildren.SOCIAL_WORKER, DemoSignIns.PASSWORD);
		assertThat(WorktrayPages.allRows(oldWorker, "/staff/tasks")).extracting(Row::reference).contains(pep.reference());

		String email = TestSchools.uniqueEmail("new.social.worker");
		var newWorker = accounts.open(new NewAccount("Nia", "Newcomb", email, Set.of(Role.SOCIAL_WORKER)), TestSchools.PASSWORD);
		people.replaceLink(pep.childId(), Relationship.SOCIAL_WORKER, newWorker);

		assertThat(WorktrayPages.allRows(oldWorker, "/staff/tasks")).extracting(Row::reference)
			.doesNotContain(pep.reference());
		var refused = oldWorker.submit("/", pep.path() + "/finalise", Map.of());
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain("Handover");
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.FINALISING);

		var taker = new PortalVisitor(port);
		taker.signIn(email, TestSchools.PASSWORD);
		assertThat(WorktrayPages.allRows(taker, "/staff/tasks")).extracting(Row::reference, Row::status)
			.containsExactly(org.assertj.core.api.Assertions.tuple(pep.reference(), "With the social worker"));
		assertThat(taker.get(pep.path()).document().select("button").eachText()).contains("Finalise the PEP");
		assertThat(taker.submit(pep.path(), pep.path() + "/finalise", Map.of()).redirectPath()).isEqualTo(pep.path());
		assertThat(testPeps.now(pep).stage()).isEqualTo(PepStage.FINALISED);
	}

}
