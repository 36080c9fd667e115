package org.caseworkportal.pep.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

import org.caseworkportal.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The due dates and reminders of a PEP's steps, counted from its meeting date. The BPMN calls
 * the bean {@code pepTimescales} from {@code camunda:dueDate} and timers' {@code timeDate}:
 * {@code ${pepTimescales.dueDate('contribution', meetingDate)}}.
 *
 * <p>A due date that falls on a weekend or bank holiday (possible with timescales in calendar
 * days or weeks) moves to the next working day: no one is expected to work on it. A reminder
 * that falls on one moves to the working day before, so that it never gives less notice than
 * configured. Times are in Europe/London, whatever the server's zone.
 */
@Component("pepTimescales")
public class PepTimescales {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	// ISO-8601 with the offset always as +HH:MM (never "Z"), which the engine's date parser reads.
	private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

	private final PepTimescalesProperties settings;

	private final WorkingDays workingDays;

	public PepTimescales(PepTimescalesProperties settings, WorkingDays workingDays) {
		this.settings = settings;
		this.workingDays = workingDays;
	}

	public LocalDate due(PepStep step, LocalDate meeting) {
		return workingDays.onOrAfter(settings.dueAfterMeeting(step).after(meeting, workingDays));
	}

	public LocalDate reminder(PepStep step, LocalDate meeting) {
		return workingDays.onOrBefore(settings.reminderBefore().before(due(step, meeting), workingDays));
	}

	/**
	 * The step's due date and time as ISO-8601 with the London offset, such as
	 * {@code 2026-04-10T17:00:00+01:00}.
	 *
	 * @param step {@code contribution}, {@code qualityAssurance}, {@code spotCheck} or {@code finalise}
	 * @param meetingDate a {@link Date}, a {@link LocalDate} or an ISO-8601 date or date-time string
	 */
	public String dueDate(String step, Object meetingDate) {
		return inLondon(due(PepStep.named(step), meetingDay(meetingDate)), settings.dueAt());
	}

	/** When the step's reminder goes, in the form and with the arguments of {@link #dueDate}. */
	public String reminderDate(String step, Object meetingDate) {
		return inLondon(reminder(PepStep.named(step), meetingDay(meetingDate)), settings.remindAt());
	}

	private static String inLondon(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, LONDON).format(ISO_WITH_OFFSET);
	}

	static LocalDate meetingDay(Object meetingDate) {
		if (meetingDate instanceof LocalDate day) {
			return day;
		}
		if (meetingDate instanceof java.sql.Date day) {
			return day.toLocalDate();
		}
		if (meetingDate instanceof Date moment) {
			return moment.toInstant().atZone(LONDON).toLocalDate();
		}
		if (meetingDate instanceof String written) {
			return parse(written);
		}
		throw new IllegalArgumentException("A PEP meeting date must be a date, not " + meetingDate);
	}

	private static LocalDate parse(String written) {
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
			throw new IllegalArgumentException("A PEP meeting date must be an ISO-8601 date, not \"" + written + "\"",
					notADate);
		}
	}

}
