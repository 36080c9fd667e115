package org.caseworkportal.people;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.caseworkportal.identity.NewAccount;
import org.caseworkportal.identity.Role;

/**
 * Settings, children and professionals of a test's own, so that tests sharing the demo's
 * database never disturb each other or the demo people. Every name, URN, UPN and email is unique.
 */
public final class TestSchools {

	public static final String PASSWORD = "a long password for test teachers";

	/** Seeded from the clock, so that a database kept between runs does not refuse a URN again. */
	private static final AtomicInteger sequence = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 400_000));

	private TestSchools() {
	}

	public static int next() {
		return sequence.incrementAndGet();
	}

	/** A 7-digit URN no demo setting and no other test uses. */
	public static String uniqueUrn() {
		return String.valueOf(8_000_000 + next());
	}

	public static String uniqueEmail(String who) {
		return who + "-" + next() + "@test-school.example";
	}

	public static NewSetting aSchool() {
		int n = next();
		return new NewSetting(String.valueOf(8_500_000 + n), "Test School " + n, Phase.PRIMARY,
				"pep-" + n + "@test-school.example");
	}

	/** A child in care at the setting, named so that tests can find them on a page. */
	public static NewChild aChildAt(SettingId setting) {
		int n = next();
		return new NewChild("Robin", "Testchild" + n, LocalDate.of(2015, 4, 1), "X%012d".formatted(n), setting, true,
				SendStatus.NONE);
	}

	public static NewAccount aProfessional(String email) {
		return new NewAccount("Tess", "Teacher" + next(), email, Set.of(Role.PROFESSIONAL));
	}

}
