package org.caseworkportal.web;

import java.util.List;

/**
 * What is wrong with one question of a form: the message (linked from the error summary), and
 * for a date, which of its day, month and year inputs are wrong.
 */
public record FieldProblem(ErrorMessage message, List<String> dateItems) {

	public String text() {
		return message.text();
	}

}
