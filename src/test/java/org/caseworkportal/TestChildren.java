package org.caseworkportal;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.NewChild;
import org.caseworkportal.people.People;
import org.caseworkportal.people.Relationship;
import org.caseworkportal.people.SendStatus;
import org.caseworkportal.people.SettingId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * New children for tests that change a child's casework (start a PEP, say): the tests share one
 * application and its demo children, so each takes a child nobody else uses. Each is in care at a
 * demo school (so every Virtual School officer sees them) with {@link #SOCIAL_WORKER}, a social
 * worker of the tests' own, linked: the demo social worker's caseload stays as the demo has it.
 */
@TestComponent
public class TestChildren {

	/** Signs in with {@link DemoSignIns#PASSWORD}. */
	public static final String SOCIAL_WORKER = "tests.social-worker@demo-borough.example";

	private static final AtomicInteger NEXT = new AtomicInteger();

	/** Letters no earlier run used, so that a database kept between runs (PostgreSQL's) finds only this run's children. */
	private static final String RUN = new java.util.Random().ints(4, 'a', 'z' + 1)
		.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
		.toString();

	private final People people;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	TestChildren(People people, Accounts accounts, JdbcClient jdbc) {
		this.people = people;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** A name for this run only: {@code unique("Listwright")} is, say, "Listwrightqzvk". */
	public static String unique(String name) {
		return name + RUN;
	}

	/** A Year 12 child in care at Riverside Demo Academy (URN 999002). */
	public ChildId inCareAtRiverside(String forename, String surname) {
		return inCareAt("999002", forename, surname);
	}

	public ChildId inCareAt(String settingUrn, String forename, String surname) {
		SettingId setting = new SettingId(
				jdbc.sql("select id from education_setting where urn = :urn").param("urn", settingUrn).query(Long.class).single());
		String upn = String.format("X9999%08d", System.nanoTime() % 100_000_000L + NEXT.incrementAndGet()).substring(0, 13);
		ChildId child = people.addChild(new NewChild(forename, surname, LocalDate.of(2009, 9, 1), upn, setting, true,
				SendStatus.NONE));
		people.linkToChild(socialWorker(), child, Relationship.SOCIAL_WORKER);
		return child;
	}

	private synchronized AccountId socialWorker() {
		return accounts.findByEmail(SOCIAL_WORKER)
			.map(PortalUser::id)
			.orElseGet(() -> accounts.open(
					new NewAccount("Tess", "Tworker", SOCIAL_WORKER, Set.of(Role.SOCIAL_WORKER)), DemoSignIns.PASSWORD));
	}

	public AccountId account(String email) {
		return new AccountId(
				jdbc.sql("select id from account where email = :email").param("email", email).query(Long.class).single());
	}

}
