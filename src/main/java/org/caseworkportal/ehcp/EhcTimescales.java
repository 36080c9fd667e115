package org.caseworkportal.ehcp;

import java.time.LocalDate;
import java.util.Date;

import org.caseworkportal.calendar.LondonDates;
import org.caseworkportal.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The due dates and reminders of an EHC needs assessment's statutory steps. The BPMN calls the
 * bean {@code ehcTimescales} from {@code camunda:dueDate}, {@code camunda:followUpDate} and timers'
 * {@code timeDate}: {@code ${ehcTimescales.dueDate('decideToAssess', requestDate)}}.
 *
 * <p>A step is due its statutory period ({@link EhcStep}) after the day it is counted from, in
 * calendar weeks or days, at {@code dueAt} UK time. The law counts calendar time, so a due date
 * that falls on a weekend or bank holiday stays there: moving it later would let the authority
 * miss the statutory date. A reminder goes {@code reminderBefore} earlier at {@code remindAt}; one
 * that falls on a weekend or bank holiday goes on the working day before, never giving less notice.
 */
@Component("ehcTimescales")
public class EhcTimescales {

	private final EhcTimescalesProperties settings;

	private final WorkingDays workingDays;

	EhcTimescales(EhcTimescalesProperties settings, WorkingDays workingDays) {
		this.settings = settings;
		this.workingDays = workingDays;
	}

	/** The statutory day the step is due, {@code from} the day it is counted from. */
	public LocalDate due(EhcStep step, LocalDate from) {
		return step.period().after(from, workingDays);
	}

	public LocalDate reminder(EhcStep step, LocalDate from) {
		return workingDays.onOrBefore(settings.reminderBefore().before(due(step, from), workingDays));
	}

	/**
	 * The step's due date and time as ISO-8601 with the London offset, such as
	 * {@code 2026-02-16T17:00:00+00:00}.
	 *
	 * @param step {@code decideToAssess}, {@code adviceDue}, {@code decideNotToIssue}, {@code draftComments},
	 * {@code consultation}, {@code finalPlan} or {@code finalPlanAtRisk}
	 * @param from the day the step is counted from (the request's, the advice request's, the draft's,
	 * the consultation's): a {@link Date}, a {@link LocalDate} or an ISO-8601 date or date-time string
	 */
	public String dueDate(String step, Object from) {
		EhcStep named = EhcStep.named(step);
		return LondonDates.at(due(named, dayOf(named, from)), settings.dueAt());
	}

	/** When the step's reminder goes, in the form and with the arguments of {@link #dueDate}. */
	public String reminderDate(String step, Object from) {
		EhcStep named = EhcStep.named(step);
		return LondonDates.at(reminder(named, dayOf(named, from)), settings.remindAt());
	}

	private static LocalDate dayOf(EhcStep step, Object from) {
		return LondonDates.dayOf(from, "The day the EHC step " + step.stepName() + " is counted from");
	}

}
