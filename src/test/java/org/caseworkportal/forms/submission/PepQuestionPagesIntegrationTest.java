package org.caseworkportal.forms.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.TestChildren;
import org.caseworkportal.pep.Completion;
import org.caseworkportal.pep.PepWorkflow;
import org.caseworkportal.pep.StartPep;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.identity.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The KS5 PEP's biggest question page opens and saves at full size: groups of questions inside a
 * section, and more answers on one page than Tomcat takes in a multipart request by default.
 * (EveryFormPageIntegrationTest opens and saves every section of every form.)
 */
@PortalIntegrationTest
class PepQuestionPagesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	Accounts accounts;

	@Autowired
	PepWorkflow workflow;

	@Autowired
	TestChildren children;

	private PortalVisitor officer;

	@BeforeEach
	void signInAsTheOfficer() {
		officer = new PortalVisitor(port);
		officer.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
	}

	@Test
	void aQualificationsPageWithFiveALevelsAndTwentyYear11ResultsSavesAsTheBrowserPostsIt() {
		long form = startedAndReadyForTheMeetingSections();
		String path = "/forms/" + form + "/sections/Group_qualifications";
		var page = officer.get(path).document();
		assertThat(page.select("h2").eachText()).contains("Qualifications currently studying (if applicable)");
		String csrf = page.select("input[name=_csrf]").val();
		List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("action", "save"),
				Map.entry("revision", String.valueOf(submissions.find(form).orElseThrow().revision())),
				Map.entry("qualificationsStudying", "aLevel"), Map.entry("aLevelStudying-items", "5"),
				Map.entry("year11Results-items", "20")));
		for (int i = 0; i < 5; i++) {
			fields.add(Map.entry("aLevelStudying[" + i + "].subject", "A Level " + i));
			fields.add(Map.entry("aLevelStudying[" + i + "].predictedGrade", "b"));
			fields.add(Map.entry("aLevelStudying[" + i + "].onTarget", "yes"));
		}
		for (int i = 0; i < 20; i++) {
			fields.add(Map.entry("year11Results[" + i + "].subject", "Subject " + i));
			fields.add(Map.entry("year11Results[" + i + "].grade", "5"));
		}

		Page saved = officer.postMultipart(path + "?_csrf=" + csrf, fields, null, null, null);

		assertThat(saved.redirectPath()).isEqualTo(path);
		Map<String, Object> answers = submissions.find(form).orElseThrow().answers();
		assertThat((List<?>) answers.get("aLevelStudying")).hasSize(5);
		assertThat((List<?>) answers.get("year11Results")).hasSize(20);
	}

	/** A new PEP, being prepared by the officer, with the answers the meeting sections wait for. */
	private long startedAndReadyForTheMeetingSections() {
		long form = workflow.start(accounts.findByEmail(DemoSignIns.VIRTUAL_SCHOOL_OFFICER).orElseThrow(),
				new StartPep(children.inCareAtRiverside("Quinn", "Qualworth"), LocalDate.of(2030, 3, 12),
						Completion.IN_HOUSE, null, null))
			.submissionId();
		var draft = submissions.find(form).orElseThrow();
		var answers = new LinkedHashMap<>(draft.answers());
		answers.putAll(Map.of("eetStatus", "education", "meetingDate", "2026-03-12", "meetingReason", "review"));
		submissions.saveDraft(form, draft.revision(), answers, Set.of(),
				accounts.findByEmail(DemoSignIns.VIRTUAL_SCHOOL_OFFICER).orElseThrow().id());
		return form;
	}

}
