package org.caseworkportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded default: no SMTP server, so email goes to the demo mailbox. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoMailboxIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void queuedEmailsAppearInTheDemoMailboxNewestFirst_withTheirBodies() throws Exception {
		var older = TestEmails.aSignInCodeEmail();
		var newer = TestEmails.aSignInCodeEmail();
		deliver(older);
		deliver(newer);

		Document mailbox = page("/demo-mailbox");

		assertThat(mailbox.text())
			.contains("This mailbox exists only in the demonstration. In a real installation emails go to people's inboxes.");
		List<String> subjects = mailbox.select("tbody tr td:nth-child(2)").eachText();
		assertThat(subjects).containsSubsequence(newer.subject(), older.subject());
		Element row = mailbox.select("tbody tr").stream()
			.filter(tr -> tr.text().contains(older.subject()))
			.findFirst()
			.orElseThrow();
		assertThat(row.text()).contains(older.to());

		Document message = page(row.select("a").attr("href"));

		assertThat(message.select("h1").text()).isEqualTo(older.subject());
		assertThat(message.select(".govuk-summary-list").text()).contains(older.to(), "casework-portal@demo-borough.example");
		assertThat(message.getElementById("message-body").select("p").eachText()).containsExactly("Dear Teacher,",
				older.textBody().lines().filter(line -> line.startsWith("Your sign-in code")).findFirst().orElseThrow()
						+ " It expires in 10 minutes.",
				"Demo Borough Council");
	}

	@Test
	void startPageLinksToTheDemoMailbox() throws Exception {
		assertThat(page("/").select("main a[href=/demo-mailbox]").eachText()).containsExactly("read the emails this demo sends");
	}

	@Test
	void unknownMessageIsNotFound() throws Exception {
		mvc.perform(get("/demo-mailbox/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	/** Queues the email and sends it, waiting if the background sender got there first. */
	private void deliver(OutgoingEmail email) {
		transaction.executeWithoutResult(status -> outbox.queue(email));
		sender.sendDue(clock.instant());
		await().atMost(Duration.ofSeconds(20)).until(() -> mailboxHas(email));
	}

	private boolean mailboxHas(OutgoingEmail email) throws Exception {
		return page("/demo-mailbox").text().contains(email.subject());
	}

	private Document page(String path) throws Exception {
		String html = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
