package org.caseworkportal.pep.timescales;

import java.time.LocalTime;

import org.caseworkportal.calendar.Timescale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When each PEP step is due after the meeting, and how long before a due date its reminder goes
 * ({@code portal.pep.timescales.*}). These are each authority's own timescales, not statute.
 *
 * @param contributionDue the Designated Teacher completes the PEP and submits the contribution
 * @param qualityAssuranceDue the Virtual School officer quality-assures it
 * @param spotCheckDue the optional spot-check before sign-off
 * @param finaliseDue the social worker finalises it
 * @param reminderBefore how long before each due date the assignee is reminded
 * @param dueAt the time of day on the due date when a task becomes overdue
 * @param remindAt the time of day when reminders go
 */
@ConfigurationProperties("portal.pep.timescales")
public record PepTimescalesProperties(Timescale contributionDue, Timescale qualityAssuranceDue,
		Timescale spotCheckDue, Timescale finaliseDue, Timescale reminderBefore, LocalTime dueAt,
		LocalTime remindAt) {

	public PepTimescalesProperties {
		required(contributionDue, "contribution-due");
		required(qualityAssuranceDue, "quality-assurance-due");
		required(spotCheckDue, "spot-check-due");
		required(finaliseDue, "finalise-due");
		required(reminderBefore, "reminder-before");
		required(dueAt, "due-at");
		required(remindAt, "remind-at");
	}

	private static void required(Object setting, String name) {
		if (setting == null) {
			throw new IllegalArgumentException("portal.pep.timescales." + name + " is not set");
		}
	}

	public Timescale dueAfterMeeting(PepStep step) {
		return switch (step) {
			case CONTRIBUTION -> contributionDue;
			case QUALITY_ASSURANCE -> qualityAssuranceDue;
			case SPOT_CHECK -> spotCheckDue;
			case FINALISE -> finaliseDue;
		};
	}

}
