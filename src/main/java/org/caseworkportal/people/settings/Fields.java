package org.caseworkportal.people.settings;

import java.util.List;
import java.util.regex.Pattern;

import org.caseworkportal.web.ErrorMessage;

/**
 * The checks the settings pages' fields share, each adding a GOV.UK error message when the field
 * fails it. Values are trimmed before they are checked and stored, so
 * none holds a line break (they go into email subjects).
 */
final class Fields {

	static final int LONGEST_NAME = 100;

	static final int LONGEST_EMAIL = 320;

	/** Something before and after one @, and a dot in the domain: enough to catch typing slips. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private Fields() {
	}

	/** The value without surrounding spaces, and any run of spaces or line breaks inside as one space. */
	static String trimmed(String value) {
		return value == null ? "" : value.strip().replaceAll("\\s+", " ");
	}

	static void required(List<ErrorMessage> errors, String field, String value, int longest, String whenEmpty,
			String what) {
		if (value.isEmpty()) {
			errors.add(new ErrorMessage(field, whenEmpty));
		}
		else if (value.length() > longest) {
			errors.add(new ErrorMessage(field, what + " must be " + longest + " characters or fewer"));
		}
	}

	static void email(List<ErrorMessage> errors, String field, String value, String whenEmpty, String example) {
		if (value.isEmpty()) {
			errors.add(new ErrorMessage(field, whenEmpty));
		}
		else if (value.length() > LONGEST_EMAIL || !EMAIL.matcher(value).matches()) {
			errors.add(new ErrorMessage(field, "Enter an email address in the correct format, like " + example));
		}
	}

}
