package org.caseworkportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators find accounts, see their status, and unblock, switch off, switch on and remind. */
class AccountAdministrationIntegrationTest extends PortalVisitorTest {

	private static final String PASSWORD = "bramble lighthouse cobalt 64";

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	PortalVisitor administrator;

	String email;

	AccountId account;

	@BeforeEach
	void openAccountAndSignInAsAdministrator() {
		email = "administered-" + System.nanoTime() + "@school.example.org";
		account = accounts.open(new NewAccount("Cressida", "Fairweather", email, Set.of(Role.PROFESSIONAL)), PASSWORD);
		administrator = new PortalVisitor(port);
		administrator.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);
	}

	@Test
	void searchFindsAccountsByPartOfTheirEmailOrName() {
		var byEmail = administrator.get("/admin/accounts?q=" + email.substring(0, 20)).document();
		var byName = administrator.get("/admin/accounts?q=cressida%20fair").document();

		for (Document found : new Document[] { byEmail, byName }) {
			var row = found.getElementById("account-" + account.value());
			assertThat(row).isNotNull();
			assertThat(row.text()).contains("Cressida Fairweather", email, "Professional");
			assertThat(row.select(".govuk-tag").text()).isEqualTo("Active");
		}
		assertThat(administrator.get("/admin/accounts?q=%25").document().getElementById("account-" + account.value()))
			.as("a % is looked for, not a wildcard")
			.isNull();
	}

	@Test
	void throttledAccountIsShownSo_andUnblockingLetsThePersonTryAgainAtOnce() {
		var person = new PortalVisitor(port);
		for (int i = 0; i < 4; i++) {
			person.signIn(email, "wrong-" + i);
		}
		assertThat(status()).isEqualTo("Throttled");

		var unblocked = administrator.submit(accountPage(), accountPage() + "/unblock", Map.of());

		assertThat(unblocked.redirectPath()).isEqualTo(accountPage());
		assertThat(administrator.get(accountPage()).document().text()).contains("Sign-in unblocked");
		assertThat(status()).isEqualTo("Active");
		assertThat(person.signIn(email, PASSWORD).redirectPath()).isEqualTo("/professional");
	}

	@Test
	void switchingOffSignsThePersonOutAndKeepsThemOut_untilSwitchedOn() {
		var person = new PortalVisitor(port);
		person.signIn(email, PASSWORD);

		administrator.submit(accountPage(), accountPage() + "/disable", Map.of());

		assertThat(status()).isEqualTo("Disabled");
		assertThat(person.get("/professional").redirectPath()).startsWith("/sign-in");
		assertThat(new PortalVisitor(port).signIn(email, PASSWORD).document().select(".govuk-error-summary a").text())
			.startsWith("Your account has been switched off");

		administrator.submit(accountPage(), accountPage() + "/enable", Map.of());

		assertThat(status()).isEqualTo("Active");
		assertThat(new PortalVisitor(port).signIn(email, PASSWORD).redirectPath()).isEqualTo("/professional");
	}

	@Test
	void unverifiedAccountCanBeRemindedToConfirmItsEmail() {
		String unverified = "unverified-" + System.nanoTime() + "@school.example.org";
		AccountId id = repository.insert(new NewAccount("Ivo", "Stannard", unverified, Set.of(Role.PROFESSIONAL)),
				WorkDetails.NONE, "{noop}unused", Instant.now());
		String page = "/admin/accounts/" + id.value();
		assertThat(administrator.get(page).document().select(".govuk-summary-list").text()).contains("Unverified");
		long lastSeen = administrator.newestEmailId(unverified);

		administrator.submit(page, page + "/remind", Map.of());

		assertThat(administrator.awaitEmail(unverified, lastSeen))
			.contains("your email address has not been confirmed yet");
	}

	@Test
	void administratorsCannotSwitchOffThemselves() {
		var self = repository.findStored(DemoSignIns.ADMIN).orElseThrow().id();
		String page = "/admin/accounts/" + self.value();

		administrator.submit(page, page + "/disable", Map.of());

		assertThat(administrator.get(page).document().text()).contains("You cannot switch off your own account");
	}

	@Test
	void onlyAdministratorsMayUseThesePages() {
		var officer = new PortalVisitor(port);
		officer.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		assertThat(officer.get("/admin/accounts").status()).isEqualTo(403);
		assertThat(officer.submit("/staff", accountPage() + "/disable", Map.of()).status()).isEqualTo(403);
		assertThat(status()).isEqualTo("Active");
	}

	private String accountPage() {
		return "/admin/accounts/" + account.value();
	}

	private String status() {
		return administrator.get("/admin/accounts?q=" + email).document().select("#account-" + account.value() + " .govuk-tag").text();
	}

}
