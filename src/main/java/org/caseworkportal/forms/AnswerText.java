package org.caseworkportal.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** An answer written for people to read: option labels rather than values, dates as "5 October 2019". */
public final class AnswerText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private AnswerText() {
	}

	public static String of(FormComponent question, Object value) {
		if (value == null) {
			return "";
		}
		switch (question.type()) {
			case "select", "radio":
				return question.labelOf(value.toString());
			case "checklist":
				return value instanceof Collection<?> chosen
						? chosen.stream().map(item -> question.labelOf(item.toString())).collect(Collectors.joining(", ")) : "";
			case "checkbox":
				return Boolean.TRUE.equals(value) ? "Yes" : "No";
			case "datetime":
				return date(value.toString());
			case "number":
				return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
			default:
				return value.toString();
		}
	}

	private static String date(String isoDate) {
		try {
			return LocalDate.parse(isoDate).format(DATE);
		}
		catch (DateTimeParseException notIso) {
			return isoDate;
		}
	}

}
