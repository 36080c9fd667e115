package org.caseworkportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

class AdminMailIntegrationTest extends SmtpIntegrationTestSupport {

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(roles = "ADMIN")
	void emailIsMarkedFailedAfterTheLastAttempt_andAdministratorSeesIt() throws Exception {
		var email = TestEmails.aSignInCodeEmail();

		OutboxEntry failed = failAllAttempts(email);

		assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(mailProperties.outbox().attemptsBeforeGivingUp());
		assertThat(failed.lastError()).contains("Connection refused");
		Element row = adminMailPage().getElementById("mail-" + failed.id());
		assertThat(row).isNotNull();
		assertThat(row.select(".govuk-tag").text()).isEqualTo("Failed");
		assertThat(row.text()).contains(email.to(), email.subject(),
				String.valueOf(mailProperties.outbox().attemptsBeforeGivingUp()), "Connection refused");
		assertThat(row.select("form button").text()).startsWith("Retry now");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void administratorsPageNeverShowsEmailBodies() throws Exception {
		var email = TestEmails.aSignInCodeEmail();
		queue(email);
		await().atMost(PATIENCE).until(() -> outboxEntry(email).status() == MailStatus.SENT);

		Document page = adminMailPage();

		assertThat(page.getElementById("mail-" + outboxEntry(email).id()).text()).contains(email.subject());
		assertThat(page.text()).doesNotContain("Your sign-in code is");
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void retryNowSendsFailedEmailAgain() throws Exception {
		var email = TestEmails.aSignInCodeEmail();
		OutboxEntry failed = failAllAttempts(email);
		greenMail.start();

		mvc.perform(post("/admin/mail/{id}/retry", failed.id()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/mail"))
			.andExpect(flash().attribute("retried", email.to()));

		await().atMost(PATIENCE).until(() -> received(email).size() == 1);
		await().atMost(PATIENCE).until(() -> outboxEntry(email).status() == MailStatus.SENT);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void retryNowNeedsTheFormsCsrfToken() throws Exception {
		mvc.perform(post("/admin/mail/{id}/retry", 1)).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "VIRTUAL_SCHOOL")
	void staffWhoAreNotAdministratorsCannotSeeEmail() throws Exception {
		mvc.perform(get("/admin/mail")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/mail/{id}/retry", 1).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void peopleNotSignedInAreSentToSignIn() throws Exception {
		mvc.perform(get("/admin/mail")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/sign-in"));
	}

	/** Queues the email with the SMTP server down and moves time on until the outbox gives up. */
	private OutboxEntry failAllAttempts(OutgoingEmail email) {
		greenMail.stop();
		queue(email);
		for (int attempt = 0; attempt <= mailProperties.outbox().attemptsBeforeGivingUp(); attempt++) {
			// The background sender may be part-way through an attempt; wait for it to finish.
			await().atMost(PATIENCE).until(() -> outboxEntry(email).status() != MailStatus.SENDING);
			OutboxEntry entry = outboxEntry(email);
			if (entry.status() == MailStatus.FAILED) {
				return entry;
			}
			sender.sendDue(entry.nextAttemptAt());
		}
		return outboxEntry(email);
	}

	private Document adminMailPage() throws Exception {
		String html = mvc.perform(get("/admin/mail"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
