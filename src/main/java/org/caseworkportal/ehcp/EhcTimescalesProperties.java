package org.caseworkportal.ehcp;

import java.time.LocalTime;

import org.caseworkportal.calendar.Timescale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When an EHC assessment's reminders go and at what time of day its steps fall due
 * ({@code portal.ehcp.timescales.*}). The statutory periods themselves are the law's
 * ({@link EhcStep}), not settings.
 *
 * @param reminderBefore how long before each due date the people who hold the step are reminded
 * @param dueAt the time of day on the due date when a step becomes overdue, in UK time
 * @param remindAt the time of day when reminders go, in UK time
 */
@ConfigurationProperties("portal.ehcp.timescales")
public record EhcTimescalesProperties(Timescale reminderBefore, LocalTime dueAt, LocalTime remindAt) {

	public EhcTimescalesProperties {
		required(reminderBefore, "reminder-before");
		required(dueAt, "due-at");
		required(remindAt, "remind-at");
	}

	private static void required(Object setting, String name) {
		if (setting == null) {
			throw new IllegalArgumentException("portal.ehcp.timescales." + name + " is not set");
		}
	}

}
