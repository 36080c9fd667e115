package org.caseworkportal.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length of time in calendar days, weeks or working days, written in settings as
 * {@code "14 days"}, {@code "2 weeks"} or {@code "20 working days"} (singular too: {@code "1 week"}).
 */
public record Timescale(int amount, Unit unit) {

	public enum Unit {

		DAYS, WEEKS, WORKING_DAYS

	}

	private static final Pattern WRITTEN = Pattern.compile("\\s*(\\d{1,4})\\s+(working\\s+days?|days?|weeks?)\\s*",
			Pattern.CASE_INSENSITIVE);

	public Timescale {
		if (amount < 1) {
			throw new IllegalArgumentException("A timescale must be at least 1 day, week or working day");
		}
	}

	/** Reads {@code "20 working days"}; Spring's binder calls this for settings. */
	public static Timescale valueOf(String written) {
		Matcher matcher = WRITTEN.matcher(written);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("\"" + written + "\" is not a timescale: write a whole number of "
					+ "days, weeks or working days, such as \"14 days\", \"2 weeks\" or \"20 working days\"");
		}
		String unit = matcher.group(2).toLowerCase(Locale.ROOT);
		return new Timescale(Integer.parseInt(matcher.group(1)),
				unit.startsWith("working") ? Unit.WORKING_DAYS : unit.startsWith("week") ? Unit.WEEKS : Unit.DAYS);
	}

	/** The day this timescale after {@code from}; for calendar days and weeks, possibly not a working day. */
	public LocalDate after(LocalDate from, WorkingDays workingDays) {
		return switch (unit) {
			case DAYS -> from.plusDays(amount);
			case WEEKS -> from.plusWeeks(amount);
			case WORKING_DAYS -> workingDays.add(from, amount);
		};
	}

	/** The day this timescale before {@code from}; for calendar days and weeks, possibly not a working day. */
	public LocalDate before(LocalDate from, WorkingDays workingDays) {
		return switch (unit) {
			case DAYS -> from.minusDays(amount);
			case WEEKS -> from.minusWeeks(amount);
			case WORKING_DAYS -> workingDays.subtract(from, amount);
		};
	}

}
