package org.caseworkportal.forms.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.ChildId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A form changed after someone used it: new submissions get the new version, and a submission made
 * with the old one is still shown with the old one's sections.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.forms.location=classpath*:versioned-forms/*.form")
class OldVersionIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSubmissionIsShownWithTheVersionItWasMadeWith() {
		var officer = new PortalVisitor(port);
		officer.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		long isla = jdbc.sql("select id from child where forename = 'Isla'").query(Long.class).single();
		long officerId = jdbc.sql("select id from account where email = :email")
			.param("email", DemoSignIns.VIRTUAL_SCHOOL_OFFICER)
			.query(Long.class)
			.single();
		long old = submissions.start(new ChildId(isla), "versioned", 1, Map.of("first", "Answered in version 1"), null,
				new AccountId(officerId));

		var started = officer.submit("/children/" + isla + "/forms", "/children/" + isla + "/forms",
				Map.of("formKey", "versioned"));
		long current = Long.parseLong(started.redirectPath().substring("/forms/".length()));

		assertThat(officer.get("/forms/" + old).document().select(".govuk-task-list__name-and-hint").eachText())
			.containsExactly("First version's only section");
		assertThat(officer.get("/forms/" + old + "/sections/Group_first").document().select("input[name=first]").val())
			.isEqualTo("Answered in version 1");
		assertThat(officer.get("/forms/" + current).document().select(".govuk-task-list__name-and-hint").eachText())
			.containsExactly("Second version's section", "A section added in version 2");
		assertThat(submissions.find(current).orElseThrow().formVersion()).isEqualTo(2);
	}

}
