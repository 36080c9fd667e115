package org.caseworkportal.forms.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.TestChildren;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.pep.Completion;
import org.caseworkportal.pep.PepWorkflow;
import org.caseworkportal.pep.StartPep;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every section of the real forms opens as a question page once the answers that open it are
 * given, and its questions can be saved as a draft.
 */
@PortalIntegrationTest
class EveryFormPageIntegrationTest {

	@Autowired
	PepWorkflow workflow;

	@Autowired
	TestChildren children;

	@Autowired
	Accounts accounts;

	@LocalServerPort
	int port;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	JdbcClient jdbc;

	/** What the page's form posts when Save is pressed without changing anything. */
	private static Map<String, String> asShown(Document page) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		page.select("form[data-autosave-url] input, form[data-autosave-url] textarea, form[data-autosave-url] select").forEach(field -> {
			String type = field.attr("type");
			boolean chosen = !type.equals("radio") && !type.equals("checkbox") || field.hasAttr("checked");
			if (chosen && !type.equals("file") && !field.attr("name").equals("_csrf")) {
				fields.putIfAbsent(field.attr("name"), field.is("select")
						? field.select("option[selected]").val() : field.is("textarea") ? field.text() : field.val());
			}
		});
		fields.put("action", "save");
		return fields;
	}

	/** A PEP's form is started with a PEP, which the officer is preparing; other forms from the child's Forms page. */
	private long started(PortalVisitor officer, String formKey) {
		if (formKey.equals(PepWorkflow.FORM_KEY)) {
			return workflow.start(accounts.findByEmail(DemoSignIns.VIRTUAL_SCHOOL_OFFICER).orElseThrow(),
					new StartPep(children.inCareAtRiverside("Pia", "Pageworth"), LocalDate.of(2030, 11, 2),
							Completion.IN_HOUSE, null, null))
				.submissionId();
		}
		long isla = jdbc.sql("select id from child where forename = 'Isla'").query(Long.class).single();
		var started = officer.submit("/children/" + isla + "/forms", "/children/" + isla + "/forms", Map.of("formKey", formKey));
		return Long.parseLong(started.redirectPath().substring("/forms/".length()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "pep-ks5", "ehcp-request-primary", "example-visit" })
	void everySectionOpensAndSaves(String formKey) {
		var officer = new PortalVisitor(port);
		officer.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		long id = started(officer, formKey);
		String form = "/forms/" + id;
		long officerId = jdbc.sql("select id from account where email = :email")
			.param("email", DemoSignIns.VIRTUAL_SCHOOL_OFFICER).query(Long.class).single();
		submissions.saveDraft(id, 1, Map.of("eetStatus", "education", "meetingDate", "2026-11-02", "meetingReason", "review"),
				Set.of(), new AccountId(officerId));

		List<String> sections = officer.get(form).document().select(".govuk-task-list__link").eachAttr("href");
		assertThat(sections).isNotEmpty();
		for (String section : sections) {
			var page = officer.get(section);
			assertThat(page.status()).as(section).isEqualTo(200);
			var saved = officer.submit(section, section, asShown(page.document()));
			assertThat(saved.status()).as(section + " " + saved.document().select(".govuk-error-summary").text()).isEqualTo(302);
		}
	}

}
