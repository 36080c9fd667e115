package org.caseworkportal.messaging;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class OutgoingEmailTest {

	@Test
	void needsARecipientAndASubject() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingEmail(" ", "Subject", "Body"));
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingEmail("a@example.org", "", "Body"));
		assertThatNullPointerException().isThrownBy(() -> new OutgoingEmail("a@example.org", "Subject", null));
	}

	@Test
	void refusesLineBreaksInHeaders() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingEmail("a@example.org\r\nBcc: b@example.org", "Subject", "Body"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingEmail("a@example.org", "Subject\nBcc: b@example.org", "Body"));
	}

}
