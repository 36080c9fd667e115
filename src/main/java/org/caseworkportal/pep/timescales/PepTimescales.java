package org.caseworkportal.pep.timescales;

import java.time.LocalDate;
import java.util.Date;

import org.caseworkportal.calendar.LondonDates;
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
		return LondonDates.at(due(PepStep.named(step), meetingDay(meetingDate)), settings.dueAt());
	}

	/** When the step's reminder goes, in the form and with the arguments of {@link #dueDate}. */
	public String reminderDate(String step, Object meetingDate) {
		return LondonDates.at(reminder(PepStep.named(step), meetingDay(meetingDate)), settings.remindAt());
	}

	private static LocalDate meetingDay(Object meetingDate) {
		return LondonDates.dayOf(meetingDate, "A PEP meeting date");
	}

}
