package org.caseworkportal.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;

/**
 * One question as shown: its component, the name its answer is posted under, and the answer so far
 * (or what was typed, when it was not valid and is shown again to be corrected).
 *
 * @param readonly shown as a value, never as an input; a posted value is ignored
 * @param prefilled the value comes from the child's case record
 */
public record Question(FormComponent component, String name, Object value, boolean readonly, boolean prefilled)
		implements ShownItem {

	@Override
	public String kind() {
		return "question";
	}

	public String type() {
		return component.type();
	}

	/** An HTML id for the input, also the target of error summary links. */
	public String id() {
		return idOf(name);
	}

	/** The HTML id for a form field name: {@code currentTargets[0].target} is {@code currentTargets-0-target}. */
	public static String idOf(String name) {
		return name.replace("].", "-").replace('[', '-').replace('.', '-');
	}

	public String label() {
		return component.question();
	}

	public String hint() {
		return component.description() == null ? "" : component.description();
	}

	public boolean required() {
		return component.validate().required();
	}

	public List<FormComponent.Option> options() {
		return component.values();
	}

	/** The answer as typed or stored, for a text or number input. */
	public String text() {
		return value == null || value instanceof RawDate ? "" : value.toString();
	}

	public boolean isChosen(String optionValue) {
		if (value instanceof Collection<?> chosen) {
			return chosen.contains(optionValue);
		}
		return optionValue.equals(value == null ? null : value.toString());
	}

	public boolean checked() {
		return Boolean.TRUE.equals(value);
	}

	public String day() {
		return datePart(0);
	}

	public String month() {
		return datePart(1);
	}

	public String year() {
		return datePart(2);
	}

	/** The answer for people to read: option labels, "5 October 2019", "Yes". */
	public String answerText() {
		return AnswerText.of(component, value);
	}

	public boolean answered() {
		return value != null && !(value instanceof Collection<?> list && list.isEmpty());
	}

	/** Attachment ids of a file upload. */
	public List<String> files() {
		return value instanceof List<?> ids ? ids.stream().map(Object::toString).toList() : List.of();
	}

	private String datePart(int part) {
		if (value instanceof RawDate typed) {
			return List.of(typed.day(), typed.month(), typed.year()).get(part);
		}
		if (value == null) {
			return "";
		}
		try {
			LocalDate date = LocalDate.parse(value.toString());
			return String.valueOf(List.of(date.getDayOfMonth(), date.getMonthValue(), date.getYear()).get(part));
		}
		catch (DateTimeParseException notADate) {
			return "";
		}
	}

}
