package org.caseworkportal.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitorTest;
import org.caseworkportal.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignOutAuditIntegrationTest extends PortalVisitorTest {

	@Autowired
	AccountEventRepository repository;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	@Test
	void signingOutIsRecordedWithTheAccountAndTheAddressItCameFrom() {
		Instant start = clock.instant();
		visitor = new PortalVisitor(port, "10.9.8.7");
		visitor.signIn(DemoSignIns.SEN_CASEWORKER, DemoSignIns.PASSWORD);

		var signedOut = visitor.submit("/staff", "/sign-out", Map.of());

		assertThat(signedOut.redirectPath()).isEqualTo("/signed-out");
		List<AccountEvent> events = repository.search(
				new AccountEventCriteria(DemoSignIns.SEN_CASEWORKER, AccountEventType.SIGNED_OUT, start, null), 0, 10);
		assertThat(events).hasSize(1);
		AccountEvent event = events.get(0);
		assertThat(event.email()).isEqualTo(DemoSignIns.SEN_CASEWORKER);
		assertThat(event.accountId()).isEqualTo(accounts.findByEmail(DemoSignIns.SEN_CASEWORKER).orElseThrow().id().value());
		assertThat(event.clientAddress()).isEqualTo("10.9.8.7");
		assertThat(event.outcome()).isEqualTo("Signed out");
	}

}
