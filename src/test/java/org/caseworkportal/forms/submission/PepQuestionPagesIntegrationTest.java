package org.caseworkportal.forms.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every question page of the KS5 PEP opens, including those with groups of questions inside a section. */
@PortalIntegrationTest
class PepQuestionPagesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	Accounts accounts;

	@Test
	void everySectionTheTaskListLinksToOpensWithItsQuestions() {
		var officer = new PortalVisitor(port);
		officer.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		String isla = "/children/" + officer.get("/staff").document().select("a:containsOwn(Isla Placewood)").attr("href")
			.replaceAll("\\D", "") + "/forms";
		Page started = officer.submit(isla, isla, Map.of("formKey", "pep-ks5"));
		long form = Long.parseLong(started.redirectPath().substring("/forms/".length()));
		var draft = submissions.find(form).orElseThrow();
		var answers = new LinkedHashMap<>(draft.answers());
		answers.putAll(Map.of("eetStatus", "education", "meetingDate", "2026-03-12", "meetingReason", "review"));
		submissions.saveDraft(form, draft.revision(), answers, Set.of(),
				accounts.findByEmail(DemoSignIns.VIRTUAL_SCHOOL_OFFICER).orElseThrow().id());

		List<String> sections = officer.get("/forms/" + form).document().select("a.govuk-task-list__link").eachAttr("href");

		assertThat(sections).contains("/forms/" + form + "/sections/Group_qualifications");
		for (String section : sections) {
			Page page = officer.get(section);
			assertThat(page.status()).as(section).isEqualTo(200);
			assertThat(page.document().select("button[value=save]")).as(section).hasSize(1);
		}
		assertThat(officer.get("/forms/" + form + "/sections/Group_qualifications").document().select("h2").eachText())
			.contains("Qualifications currently studying (if applicable)");
	}

}
