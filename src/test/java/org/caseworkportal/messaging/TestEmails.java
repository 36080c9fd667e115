package org.caseworkportal.messaging;

import java.util.concurrent.atomic.AtomicInteger;

/** Emails for tests, each with its own recipient and subject so tests can find theirs. */
final class TestEmails {

	private static final AtomicInteger sequence = new AtomicInteger();

	private TestEmails() {
	}

	static OutgoingEmail aSignInCodeEmail() {
		int n = sequence.incrementAndGet();
		return new OutgoingEmail("teacher-" + n + "@school.example.org", "Your sign-in code (" + n + ")", """
				Dear Teacher,

				Your sign-in code is 4827%04d.
				It expires in 10 minutes.

				Demo Borough Council""".formatted(n));
	}

}
