package org.caseworkportal.identity.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.Role;
import org.caseworkportal.identity.password.TestAccounts.TestAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

@PortalIntegrationTest
class PasswordChangesIntegrationTest {

	private static final String NEW_PASSWORD = "second passphrase lantern";

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordChanges changes;

	@Autowired
	PasswordHistory history;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void endsTheAccountsOtherSessionsButKeepsTheOneThatChangedIt() {
		TestAccount olive = TestAccounts.open(accounts, Role.PROFESSIONAL);
		TestAccount someoneElse = TestAccounts.open(accounts, Role.PROFESSIONAL);
		String here = aSignedInSession(olive);
		String onAnotherComputer = aSignedInSession(olive);
		String someoneElses = aSignedInSession(someoneElse);

		changes.change(olive.id(), NEW_PASSWORD, here);

		assertThat(sessions.findById(here)).isNotNull();
		assertThat(sessions.findById(onAnotherComputer)).isNull();
		assertThat(sessions.findById(someoneElses)).isNotNull();
	}

	@Test
	void endsEverySessionWhenNoneIsKept() {
		TestAccount olive = TestAccounts.open(accounts, Role.PARENT);
		String session = aSignedInSession(olive);

		changes.change(olive.id(), NEW_PASSWORD, null);

		assertThat(sessions.findById(session)).isNull();
	}

	@Test
	void replacesThePasswordAndRemembersTheOldOne() {
		TestAccount olive = TestAccounts.open(accounts, Role.PARENT);
		Instant before = Instant.now();

		changes.change(olive.id(), NEW_PASSWORD, null);

		assertThat(history.isCurrent(olive.id(), NEW_PASSWORD)).isTrue();
		assertThat(history.isCurrent(olive.id(), TestAccounts.PASSWORD)).isFalse();
		assertThat(history.isOneOfPrevious(olive.id(), TestAccounts.PASSWORD)).isTrue();
		assertThat(history.isOneOfPrevious(olive.id(), NEW_PASSWORD)).isFalse();
		assertThat(jdbc.sql("select password_changed_at from account where id = :id")
			.param("id", olive.id().value())
			.query(Timestamp.class)
			.single()
			.toInstant()).isAfterOrEqualTo(before);
	}

	/** A session as Spring Security leaves it once someone has signed in. */
	private String aSignedInSession(TestAccount account) {
		return aSessionOf(sessions, account.email());
	}

	private static <S extends Session> String aSessionOf(SessionRepository<S> repository, String email) {
		S session = repository.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, email);
		repository.save(session);
		return session.getId();
	}

}
