package org.caseworkportal.identity.audit;

import java.util.List;

import org.caseworkportal.web.ErrorMessage;

/**
 * What is wrong with one question of a form: the message (linked from the error summary), and
 * for a date, which of its day, month and year inputs are wrong. Public only so that templates
 * can read it.
 */
public record FieldProblem(ErrorMessage message, List<String> dateItems) {

	public String text() {
		return message.text();
	}

}
