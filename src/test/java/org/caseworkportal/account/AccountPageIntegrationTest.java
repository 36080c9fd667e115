package org.caseworkportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitorTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Everyone signed in has an account page with their details, their settings and the way to change their password. */
class AccountPageIntegrationTest extends PortalVisitorTest {

	@Test
	void designatedTeacherSeesTheirDetailsAndTheSchoolTheyAreAMemberOf() {
		visitor.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);

		Document page = visitor.get("/account").document();

		assertThat(page.select("h1").text()).isEqualTo("Your account");
		assertThat(page.select(".govuk-summary-list__row").eachText()).containsExactly("Name Dina Teague",
				"Email address " + DemoSignIns.OAKFIELD_TEACHER, "Role Professional");
		assertThat(page.select("table[aria-labelledby=settings] tbody tr").eachText())
			.containsExactly("Oakfield Demo Primary School Designated Teacher");
		assertThat(page.select("a:contains(Change your password)").attr("href")).isEqualTo("/account/password");
	}

	@Test
	void staffMemberWithNoSettingIsToldSo() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		Document page = visitor.get("/account").document();

		assertThat(page.select(".govuk-summary-list__row").eachText()).contains("Role Virtual School officer");
		assertThat(page.text()).contains("You are not a member of any school or college.");
	}

	@Test
	void everyPageLinksSignedInPeopleToTheirAccount() {
		visitor.signIn(DemoSignIns.PARENT, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/parent").document().select("nav a[href=/account]").text()).isEqualTo("Your account");
		assertThat(visitor.get("/account").document().select("nav a[href=/account]").attr("aria-current")).isEqualTo("page");
	}

	@Test
	void accountPageIsNotShownToSomeoneSignedOut() {
		var page = visitor.get("/account");

		assertThat(page.redirectPath()).isEqualTo("/sign-in");
		assertThat(visitor.get("/").document().select("a[href=/account]")).isEmpty();
	}

}
