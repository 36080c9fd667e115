package org.caseworkportal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date typed into GOV.UK's date input (day, month and year), and what is wrong with it in
 * the words of GOV.UK's date input pattern. Leaving all three empty is no date, not an error:
 * a page that needs the date asks {@link #blank()}.
 *
 * @param id the date input's id; its inputs are id-day, id-month and id-year
 * @param name how error messages name the date ("From date")
 */
public record DateInput(String id, String name, String day, String month, String year) {

	private static final List<String> ALL_ITEMS = List.of("day", "month", "year");

	public DateInput {
		day = stripped(day);
		month = stripped(month);
		year = stripped(year);
	}

	/** Whether nothing was typed in any of the three inputs. */
	public boolean blank() {
		return day.isEmpty() && month.isEmpty() && year.isEmpty();
	}

	/** The date, when a whole, real one was typed. */
	public Optional<LocalDate> date() {
		if (problem().isPresent() || blank()) {
			return Optional.empty();
		}
		return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
	}

	public Optional<FieldProblem> problem() {
		List<String> missing = new ArrayList<>();
		if (day.isEmpty()) {
			missing.add("day");
		}
		if (month.isEmpty()) {
			missing.add("month");
		}
		if (year.isEmpty()) {
			missing.add("year");
		}
		if (missing.size() == ALL_ITEMS.size()) {
			return Optional.empty();
		}
		if (!missing.isEmpty()) {
			return Optional.of(problem(name + " must include a " + String.join(" and ", missing), missing));
		}
		if (!real()) {
			return Optional.of(problem(name + " must be a real date", ALL_ITEMS));
		}
		return Optional.empty();
	}

	/** A problem with the whole date, such as it being before another one. */
	public FieldProblem problem(String text) {
		return problem(text, ALL_ITEMS);
	}

	private FieldProblem problem(String text, List<String> items) {
		return new FieldProblem(new ErrorMessage(id + "-" + items.get(0), text), items);
	}

	private boolean real() {
		if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
			return false;
		}
		try {
			LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static String stripped(String value) {
		return value == null ? "" : value.strip();
	}

}
