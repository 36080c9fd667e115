package org.caseworkportal.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrators' audit log page, through the security filter chain. Each test's events
 * carry a marker of their own in their email addresses and are searched by it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountEventsPageIntegrationTest {

	private static final String PAGE = "/admin/account-events";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountEventRepository repository;

	private String marker;

	@BeforeEach
	void newMarker() {
		marker = "m" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void administratorSeesEventsNewestFirst_withWhenEventEmailAddressAndOutcome() throws Exception {
		record(Instant.parse("2021-05-10T08:00:00Z"), AccountEventType.SIGN_IN_FAILED, "ann", "Wrong password or no such account");
		record(Instant.parse("2021-05-10T09:00:00Z"), AccountEventType.SIGNED_IN, "ann", "Signed in");
		record(Instant.parse("2021-05-10T11:30:00Z"), AccountEventType.SIGNED_OUT, "ann", "Signed out");

		Document page = search(get(PAGE).param("email", marker));

		assertThat(page.title()).startsWith("Account events");
		assertThat(page.select("thead th").eachText()).containsExactly("When", "Event", "Email address", "Address",
				"Outcome");
		assertThat(cells(page.select("tbody tr").first())).containsExactly("10 May 2021, 12:30pm", "Signed out",
				email("ann"), "192.0.2.10", "Signed out");
		assertThat(column(page, 2)).containsExactly("Signed out", "Signed in", "Sign-in failed");
		assertThat(page.getElementById("results-count").text()).isEqualTo("Showing 1 to 3 of 3 events");
		assertThat(page.select(".govuk-pagination")).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void searchesByEventType() throws Exception {
		record(Instant.parse("2021-05-10T08:00:00Z"), AccountEventType.SIGN_IN_FAILED, "ann", "Wrong password");
		record(Instant.parse("2021-05-10T09:00:00Z"), AccountEventType.SIGNED_IN, "ann", "Signed in");
		record(Instant.parse("2021-05-10T10:00:00Z"), AccountEventType.SIGN_IN_FAILED, "bob", "Wrong password");

		Document page = search(get(PAGE).param("email", marker).param("type", "SIGN_IN_FAILED"));

		assertThat(column(page, 3)).containsExactly(email("bob"), email("ann"));
		assertThat(page.select("select#type option[selected]").text()).isEqualTo("Sign-in failed");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void searchesByWholeDaysInUkTime_bothDatesIncluded() throws Exception {
		record(Instant.parse("2021-05-09T22:59:00Z"), AccountEventType.SIGNED_IN, "sunday-night", "Signed in");
		record(Instant.parse("2021-05-09T23:00:00Z"), AccountEventType.SIGNED_IN, "monday-midnight", "Signed in");
		record(Instant.parse("2021-05-10T22:59:00Z"), AccountEventType.SIGNED_IN, "monday-night", "Signed in");
		record(Instant.parse("2021-05-10T23:00:00Z"), AccountEventType.SIGNED_IN, "tuesday-midnight", "Signed in");

		Document page = search(get(PAGE).param("email", marker)
			.param("from-day", "10").param("from-month", "5").param("from-year", "2021")
			.param("to-day", "10").param("to-month", "5").param("to-year", "2021"));

		assertThat(column(page, 3)).containsExactly(email("monday-night"), email("monday-midnight"));
		assertThat(page.select("input[name=from-day]").val()).isEqualTo("10");
		assertThat(page.select("input[name=to-year]").val()).isEqualTo("2021");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void searchesByPartOfTheEmailWhateverItsCase_andTakesWildcardsLiterally() throws Exception {
		record(Instant.parse("2021-05-10T08:00:00Z"), AccountEventType.SIGNED_IN, "a_b", "Signed in");
		record(Instant.parse("2021-05-10T09:00:00Z"), AccountEventType.SIGNED_IN, "axb", "Signed in");

		assertThat(column(search(get(PAGE).param("email", "A_B." + marker.toUpperCase())), 3))
			.containsExactly(email("a_b"));
		assertThat(column(search(get(PAGE).param("email", "%" + marker)), 3)).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void sayWhenNothingMatches() throws Exception {
		Document page = search(get(PAGE).param("email", marker));

		assertThat(page.getElementById("results-count").text()).isEqualTo("No account events match your search.");
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void showsFiftyEventsAPage_andTheOtherPagesKeepTheSearch() throws Exception {
		Instant first = Instant.parse("2021-06-01T08:00:00Z");
		for (int i = 0; i < 52; i++) {
			record(first.plusSeconds(60L * i), AccountEventType.SIGN_IN_FAILED, "p" + i, "Wrong password");
		}

		Document firstPage = search(get(PAGE).param("email", marker).param("type", "SIGN_IN_FAILED"));

		assertThat(firstPage.select("tbody tr")).hasSize(50);
		assertThat(column(firstPage, 3).get(0)).isEqualTo(email("p51"));
		assertThat(firstPage.getElementById("results-count").text()).isEqualTo("Showing 1 to 50 of 52 events");
		Element pagination = firstPage.selectFirst("nav.govuk-pagination");
		assertThat(pagination.select(".govuk-pagination__item").eachText()).containsExactly("1", "2");
		assertThat(pagination.select(".govuk-pagination__item--current").text()).isEqualTo("1");
		assertThat(pagination.select(".govuk-pagination__prev")).isEmpty();

		String next = pagination.selectFirst("a[rel=next]").attr("href");
		Document secondPage = search(get(URI.create(next)));

		assertThat(column(secondPage, 3)).containsExactly(email("p1"), email("p0"));
		assertThat(secondPage.getElementById("results-count").text()).isEqualTo("Showing 51 to 52 of 52 events");
		assertThat(secondPage.select("input[name=email]").val()).isEqualTo(marker);
		assertThat(secondPage.select(".govuk-pagination__next")).isEmpty();
		assertThat(secondPage.selectFirst("a[rel=prev]").attr("href")).contains("page=1");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void pageNumberPastTheEndShowsTheLastPage() throws Exception {
		record(Instant.parse("2021-05-10T08:00:00Z"), AccountEventType.SIGNED_IN, "ann", "Signed in");

		Document page = search(get(PAGE).param("email", marker).param("page", "7"));

		assertThat(column(page, 3)).containsExactly(email("ann"));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void impossibleDateIsNamedInTheErrorSummary_andWhatWasTypedIsKept() throws Exception {
		Document page = search(get(PAGE).param("email", marker)
			.param("from-day", "31").param("from-month", "2").param("from-year", "2021"));

		assertThat(page.title()).startsWith("Error: Account events");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("From date must be a real date");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#from-day");
		assertThat(page.select("#from-error").text()).isEqualTo("Error: From date must be a real date");
		assertThat(page.select("#from .govuk-input--error")).hasSize(3);
		assertThat(page.select("input[name=from-day]").val()).isEqualTo("31");
		assertThat(page.select("input[name=email]").val()).isEqualTo(marker);
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void everyProblemIsNamedInTheErrorSummary() throws Exception {
		Document page = search(get(PAGE).param("email", "x".repeat(321))
			.param("type", "NOT_AN_EVENT")
			.param("from-day", "3").param("from-year", "2021")
			.param("to-day", "1").param("to-month", "1").param("to-year", "21"));

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Email address must be 320 characters or fewer", "Select an event from the list",
				"From date must include a month", "To date must be a real date");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#email", "#type",
				"#from-month", "#to-day");
		assertThat(page.select("#from .govuk-input--error").eachAttr("name")).containsExactly("from-month");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void toDateBeforeFromDateIsRefused() throws Exception {
		Document page = search(get(PAGE).param("from-day", "10").param("from-month", "5").param("from-year", "2021")
			.param("to-day", "9").param("to-month", "5").param("to-year", "2021"));

		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("To date must be the same as or after the from date");
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	@WithMockUser(roles = "VIRTUAL_SCHOOL")
	void staffWhoAreNotAdministratorsCannotSeeTheLog() throws Exception {
		mvc.perform(get(PAGE)).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "PROFESSIONAL")
	void professionalsCannotSeeTheLog() throws Exception {
		mvc.perform(get(PAGE)).andExpect(status().isForbidden());
	}

	@Test
	void peopleNotSignedInAreSentToSignIn() throws Exception {
		mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/sign-in"));
	}

	private void record(Instant when, AccountEventType type, String person, String outcome) {
		repository.insert(when, type, email(person), null, "192.0.2.10", outcome);
	}

	private String email(String person) {
		return person + "." + marker + "@school.example";
	}

	private Document search(MockHttpServletRequestBuilder request) throws Exception {
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	private static List<String> cells(Element row) {
		return row.select("td").eachText();
	}

	/** The texts of one column of the results, counting from 1. */
	private static List<String> column(Document page, int column) {
		return page.select("tbody tr td:nth-child(" + column + ")").eachText();
	}

}
