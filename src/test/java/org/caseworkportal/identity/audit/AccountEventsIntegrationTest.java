package org.caseworkportal.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.caseworkportal.identity.AccountId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class AccountEventsIntegrationTest {

	@Autowired
	AccountEvents events;

	@Autowired
	AccountEventRepository repository;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void recordsWhatHappenedToWhomWhenFromWhereAndTheOutcome() {
		String email = anEmail();
		Instant before = clock.instant();

		events.record(AccountEventType.SIGNED_IN, email, new AccountId(42), "192.0.2.7", "Signed in with a code");

		AccountEvent event = only(eventsFor(email));
		assertThat(event.type()).isEqualTo(AccountEventType.SIGNED_IN);
		assertThat(event.email()).isEqualTo(email);
		assertThat(event.accountId()).isEqualTo(42L);
		assertThat(event.clientAddress()).isEqualTo("192.0.2.7");
		assertThat(event.outcome()).isEqualTo("Signed in with a code");
		assertThat(event.occurredAt()).isBetween(before.minusMillis(1), clock.instant());
	}

	@Test
	void emailIsKeptLowerCasedAndWithoutSpaces_evenWithoutAnAccount() {
		String email = anEmail();

		events.record(AccountEventType.SIGN_IN_FAILED, "  " + email.toUpperCase() + " ", null, "192.0.2.7",
				"Wrong password or no such account");

		AccountEvent event = only(eventsFor(email));
		assertThat(event.email()).isEqualTo(email);
		assertThat(event.accountId()).isNull();
	}

	@Test
	void eventIsKeptWhenTheCallersTransactionRollsBack() {
		String email = anEmail();

		transaction.executeWithoutResult(status -> {
			events.record(AccountEventType.CODE_FAILED, email, null, "192.0.2.7", "Wrong code");
			status.setRollbackOnly();
		});

		assertThat(eventsFor(email)).extracting(AccountEvent::type).containsExactly(AccountEventType.CODE_FAILED);
	}

	@Test
	void overlongValuesAreShortenedRatherThanLost() {
		String email = anEmail();
		String typed = email + "x".repeat(400);

		events.record(AccountEventType.SIGN_IN_FAILED, typed, null, "9".repeat(300), "o".repeat(600));

		AccountEvent event = only(eventsFor(email));
		assertThat(event.email()).hasSize(AccountEventRepository.LONGEST_EMAIL).startsWith(email);
		assertThat(event.clientAddress()).hasSize(AccountEventRepository.LONGEST_CLIENT_ADDRESS);
		assertThat(event.outcome()).hasSize(AccountEventRepository.LONGEST_OUTCOME);
	}

	private List<AccountEvent> eventsFor(String email) {
		var criteria = new AccountEventCriteria(email, null, clock.instant().minus(Duration.ofHours(1)), null);
		return repository.search(criteria, 0, 10);
	}

	private static AccountEvent only(List<AccountEvent> events) {
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	private static String anEmail() {
		return "audit-" + UUID.randomUUID() + "@school.example";
	}

}
