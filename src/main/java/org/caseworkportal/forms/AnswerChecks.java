package org.caseworkportal.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.caseworkportal.web.ErrorMessage;

/**
 * The form's {@code validate} rules, checked on the questions a section shows: required answers,
 * numbers within min and max, text within its lengths and pattern. Hidden questions are not checked
 * (their answers are cleared) and read-only ones are not the person's to answer.
 */
public final class AnswerChecks {

	private AnswerChecks() {
	}

	/**
	 * @param page where the section's page is, for error summary links from another page; empty on
	 *     the section's own page
	 */
	public static List<ErrorMessage> check(ShownSection section, String page) {
		List<ErrorMessage> errors = new ArrayList<>();
		for (Question question : section.questions()) {
			if (!question.readonly()) {
				problemWith(question).ifPresent(problem -> errors.add(new ErrorMessage(fieldOf(question), problem, page)));
			}
		}
		return errors;
	}

	/** Where the error summary sends the person: the first of a date's three boxes. */
	static String fieldOf(Question question) {
		return "datetime".equals(question.type()) ? question.id() + "-day" : question.id();
	}

	static Optional<String> problemWith(Question question) {
		FormComponent.Validate rules = question.component().validate();
		String label = "'" + question.label() + "'";
		if (!question.answered() || "checkbox".equals(question.type()) && !question.checked()) {
			return rules.required() ? Optional.of(requiredMessage(question, label)) : Optional.empty();
		}
		if (question.value() instanceof Number stored) {
			BigDecimal number = new BigDecimal(stored.toString());
			if (rules.min() != null && number.compareTo(rules.min()) < 0) {
				return Optional.of(label + " must be " + rules.min().toPlainString() + " or more");
			}
			if (rules.max() != null && number.compareTo(rules.max()) > 0) {
				return Optional.of(label + " must be " + rules.max().toPlainString() + " or less");
			}
		}
		if (question.value() instanceof String text && !"datetime".equals(question.type())) {
			if (rules.minLength() != null && text.length() < rules.minLength()) {
				return Optional.of(label + " must be " + rules.minLength() + " characters or more");
			}
			if (rules.pattern() != null && !text.matches(rules.pattern())) {
				return Optional.of(label + " is not in the expected format");
			}
		}
		return Optional.empty();
	}

	private static String requiredMessage(Question question, String label) {
		return switch (question.type()) {
			case "select", "radio" -> "Select an answer to " + label;
			case "checklist" -> "Select at least one option for " + label;
			case "checkbox" -> "Tick the box to confirm " + label;
			case "filepicker" -> "Upload " + label;
			default -> "Enter an answer to " + label;
		};
	}

}
