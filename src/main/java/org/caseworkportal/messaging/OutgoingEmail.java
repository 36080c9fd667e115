package org.caseworkportal.messaging;

import java.util.Objects;

/**
 * An email to one person, as a feature asks for it to be sent. The sender's address is the
 * portal's ({@code portal.mail.from}).
 *
 * @param to the recipient's email address
 * @param subject one line
 * @param textBody the plain-text body, always sent
 * @param htmlBody an HTML alternative, or {@code null} for plain text only
 */
public record OutgoingEmail(String to, String subject, String textBody, String htmlBody) {

	static final int LONGEST_ADDRESS = 320;

	static final int LONGEST_SUBJECT = 998;

	public OutgoingEmail {
		requireOneLine(to, "to", LONGEST_ADDRESS);
		requireOneLine(subject, "subject", LONGEST_SUBJECT);
		Objects.requireNonNull(textBody, "textBody");
	}

	/** A plain-text email. */
	public OutgoingEmail(String to, String subject, String textBody) {
		this(to, subject, textBody, null);
	}

	private static void requireOneLine(String value, String name, int longest) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is empty");
		}
		if (value.length() > longest) {
			throw new IllegalArgumentException(name + " is longer than " + longest + " characters");
		}
		if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
			throw new IllegalArgumentException(name + " has a line break");
		}
	}

}
