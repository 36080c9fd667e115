package org.caseworkportal.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.TestChildren;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.pep.Completion;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.PepWorkflow;
import org.caseworkportal.pep.StartPep;
import org.caseworkportal.people.ChildId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A child's record: their details, their forms and their PEPs, as each person may see them. */
class ChildRecordIntegrationTest extends PortalVisitorTest {

	@Autowired
	TestChildren children;

	@Autowired
	PepWorkflow workflow;

	@Autowired
	Accounts accounts;

	@Test
	void staffSeeTheChildsDetailsAndALinkToTheirForms() {
		visitor.signIn(DemoSignIns.SOCIAL_WORKER, DemoSignIns.PASSWORD);
		String isla = visitor.get("/children?search=placewood").document().select("tbody th a").attr("href");

		var record = visitor.get(isla).document();

		assertThat(record.select("h1").text()).isEqualTo("Isla Placewood");
		assertThat(record.select(".govuk-summary-list").text()).contains("Year 12", "S20 Accommodated",
				"30 September 2024", "Riverside Demo Academy", "Sam Walker", "Valerie Schofield");
		assertThat(record.select("a[href=" + isla + "/forms]")).hasSize(1);
		assertThat(record.select("a:contains(Start a PEP)")).as("only the Virtual School starts PEPs").isEmpty();
	}

	@Test
	void aProfessionalSeesTheRecordOfAChildAtTheirSetting_butOnlyThePepsDelegatedToThem() {
		ChildId child = children.inCareAtRiverside("Pia", "Delegatedonly");
		PortalUser officer = accounts.findByEmail(DemoSignIns.VIRTUAL_SCHOOL_OFFICER).orElseThrow();
		Pep inHouse = workflow.start(officer, new StartPep(child, LocalDate.of(2030, 1, 7), Completion.IN_HOUSE, null, null));
		workflow.retract(officer, inHouse.id(), "Started by mistake");
		Pep toSchool = workflow.start(officer, new StartPep(child, LocalDate.of(2030, 2, 4), Completion.SETTING, null, null));

		visitor.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		var record = visitor.get("/children/" + child.value());

		assertThat(record.status()).isEqualTo(200);
		assertThat(record.document().select("#pep-history tbody th").eachText()).containsExactly(toSchool.reference());
		assertThat(record.body()).doesNotContain(inHouse.reference());
		assertThat(record.document().select("a:contains(Start a PEP)")).isEmpty();

		var otherSchool = new PortalVisitor(port);
		otherSchool.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);
		var refused = otherSchool.get("/children/" + child.value());
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain("Delegatedonly");
	}

}
