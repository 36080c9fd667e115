package org.caseworkportal.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * Days as the processes' timescales read them from process variables, and moments as the BPMN
 * hands them to the engine: a due date or a timer's {@code timeDate}, at a time of day in UK time
 * whatever the server's zone. Shared by every process's timescales.
 */
public final class LondonDates {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	// ISO-8601 with the offset always as +HH:MM (never "Z"), which the engine's date parser reads.
	private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private LondonDates() {
	}

	/**
	 * The day at the time in London, as ISO-8601 with its offset that day, such as
	 * {@code 2026-04-10T17:00:00+01:00} in summer time and {@code 2026-03-13T09:00:00+00:00} in winter.
	 */
	public static String at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, LONDON).format(ISO_WITH_OFFSET);
	}

	/**
	 * The day a process variable holds: a {@link LocalDate}, a {@link java.sql.Date}, a {@link Date}
	 * (its day in London), or an ISO-8601 date or date-time string (one with an offset, its day in London).
	 *
	 * @param what what the value is, for the error, such as {@code "A PEP meeting date"}
	 */
	public static LocalDate dayOf(Object value, String what) {
		if (value instanceof LocalDate day) {
			return day;
		}
		if (value instanceof java.sql.Date day) {
			return day.toLocalDate();
		}
		if (value instanceof Date moment) {
			return moment.toInstant().atZone(LONDON).toLocalDate();
		}
		if (value instanceof String written) {
			return parse(written, what);
		}
		throw new IllegalArgumentException(what + " must be a date, not " + value);
	}

	private static LocalDate parse(String written, String what) {
		try {
			if (!written.contains("T")) {
				return LocalDate.parse(written);
			}
			TemporalAccessor moment = DateTimeFormatter.ISO_DATE_TIME.parseBest(written, ZonedDateTime::from,
					LocalDateTime::from);
			return moment instanceof ZonedDateTime zoned ? zoned.withZoneSameInstant(LONDON).toLocalDate()
					: LocalDate.from(moment);
		}
		catch (DateTimeParseException notADate) {
			throw new IllegalArgumentException(what + " must be an ISO-8601 date, not \"" + written + "\"", notADate);
		}
	}

}
