package org.caseworkportal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.IllegalTransactionStateException;

class OutboxSmtpIntegrationTest extends SmtpIntegrationTestSupport {

	@Test
	void backgroundSenderDeliversQueuedEmailToSmtpServer() throws Exception {
		var email = TestEmails.aSignInCodeEmail();

		queue(email);

		await().atMost(PATIENCE).until(() -> received(email).size() == 1);
		MimeMessage message = received(email).get(0);
		assertThat(message.getFrom()).containsExactly(new InternetAddress(mailProperties.from()));
		assertThat(message.getAllRecipients()).containsExactly(new InternetAddress(email.to()));
		assertThat(message.getSubject()).isEqualTo(email.subject());
		assertThat(GreenMailUtil.getBody(message).replace("\r\n", "\n").strip()).isEqualTo(email.textBody().strip());
		await().atMost(PATIENCE).until(() -> outboxEntry(email).status() == MailStatus.SENT);
		assertThat(outboxEntry(email).attempts()).isEqualTo(1);
		assertThat(outboxEntry(email).sentAt()).isNotNull();
	}

	@Test
	void sentEmailKeepsNoBody() {
		var email = TestEmails.aSignInCodeEmail();
		queue(email);

		await().atMost(PATIENCE).until(() -> outboxEntry(email).status() == MailStatus.SENT);

		assertThat(jdbc.sql("select count(*) from mail_outbox where id = :id and text_body is null")
			.param("id", outboxEntry(email).id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void emailQueuedInTransactionThatRollsBackIsNeverSent() {
		var email = TestEmails.aSignInCodeEmail();

		transaction.executeWithoutResult(status -> {
			outbox.queue(email);
			status.setRollbackOnly();
		});
		sender.sendDue(clock.instant().plus(Duration.ofDays(1)));

		assertThat(outboxId(email)).isEmpty();
		assertThat(received(email)).isEmpty();
	}

	@Test
	void queueingOutsideTransactionIsRefused() {
		var email = TestEmails.aSignInCodeEmail();

		assertThatThrownBy(() -> outbox.queue(email)).isInstanceOf(IllegalTransactionStateException.class);
		assertThat(outboxId(email)).isEmpty();
	}

	@Test
	void emailWaitsWhileSmtpServerIsDown_andIsSentOnceAfterBackOffWhenItIsBack() {
		greenMail.stop();
		var email = TestEmails.aSignInCodeEmail();
		queue(email);

		sender.sendDue(clock.instant());

		// The background sender may have made this attempt rather than the call above: either way,
		// exactly one attempt has failed and the email is waiting for the next.
		await().atMost(PATIENCE).untilAsserted(() -> {
			var entry = outboxEntry(email);
			assertThat(entry.status()).isEqualTo(MailStatus.QUEUED);
			assertThat(entry.attempts()).isEqualTo(1);
			assertThat(entry.lastError()).isNotBlank();
		});
		OutboxEntry failedOnce = outboxEntry(email);
		assertThat(failedOnce.nextAttemptAt())
			.isEqualTo(failedOnce.lastAttemptAt().plus(mailProperties.outbox().firstRetryAfter()));

		greenMail.start();
		sender.sendDue(failedOnce.nextAttemptAt().minusSeconds(1));

		assertThat(outboxEntry(email).status()).isEqualTo(MailStatus.QUEUED);
		assertThat(outboxEntry(email).attempts()).isEqualTo(1);
		assertThat(received(email)).isEmpty();

		sender.sendDue(failedOnce.nextAttemptAt());

		assertThat(received(email)).hasSize(1);
		assertThat(outboxEntry(email).status()).isEqualTo(MailStatus.SENT);
		assertThat(outboxEntry(email).attempts()).isEqualTo(2);

		sender.sendDue(failedOnce.nextAttemptAt().plus(Duration.ofMinutes(1)));
		sender.sendDue(failedOnce.nextAttemptAt().plus(mailProperties.outbox().longestRetryAfter().multipliedBy(2)));

		assertThat(received(email)).hasSize(1);
	}

	@Test
	void twoSendersRacingForTheSameEmailsDeliverEachExactlyOnce() throws Exception {
		List<OutgoingEmail> emails = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			emails.add(TestEmails.aSignInCodeEmail());
		}
		transaction.executeWithoutResult(status -> emails.forEach(outbox::queue));
		Instant now = clock.instant();
		var start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<Integer>> senders = List.of(raceFrom(start, now, threads),
					raceFrom(start, now, threads));
			CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get();
		}
		finally {
			threads.shutdown();
		}

		// GreenMail may file a message a moment after it has answered the sender.
		await().atMost(PATIENCE)
			.until(() -> emails.stream()
				.allMatch(email -> outboxEntry(email).status() == MailStatus.SENT && !received(email).isEmpty()));
		for (OutgoingEmail email : emails) {
			assertThat(received(email)).as(email.subject()).hasSize(1);
			assertThat(outboxEntry(email).attempts()).as(email.subject()).isEqualTo(1);
		}
	}

	@Test
	void senderThatStoppedPartWayLosesItsClaimWhenTheLeaseRunsOut() {
		greenMail.stop();
		var email = TestEmails.aSignInCodeEmail();
		queue(email);
		long id = outboxEntry(email).id();
		// Later than any attempt the background sender may make meanwhile, and than its lease.
		Instant now = clock.instant().plus(mailProperties.outbox().longestRetryAfter()).plusSeconds(1);
		Instant leaseEnd = now.plus(mailProperties.outbox().claimLease());

		assertThat(repository.claim(id, "stopped-sender", now, leaseEnd)).isTrue();
		int attempts = outboxEntry(email).attempts();
		assertThat(repository.claim(id, "other-sender", now, leaseEnd)).isFalse();
		assertThat(repository.claim(id, "other-sender", leaseEnd.minusSeconds(1), leaseEnd)).isFalse();
		assertThat(repository.claim(id, "other-sender", leaseEnd, leaseEnd.plusSeconds(300))).isTrue();

		var stoppedSendersClaim = new OutboxRepository.ClaimedEmail(id, "stopped-sender", email, attempts);
		assertThat(repository.markSent(stoppedSendersClaim, leaseEnd)).isFalse();
		assertThat(outboxEntry(email).status()).isEqualTo(MailStatus.SENDING);
		assertThat(outboxEntry(email).attempts()).isEqualTo(attempts + 1);
	}

	private CompletableFuture<Integer> raceFrom(CyclicBarrier start, Instant now, ExecutorService threads) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return sender.sendDue(now);
		}, threads);
	}

}
