package org.caseworkportal.ehcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.caseworkportal.calendar.TestWorkingDays;
import org.caseworkportal.calendar.Timescale;
import org.junit.jupiter.api.Test;

class EhcTimescalesTest {

	/** The defaults of application.yml. */
	private final EhcTimescales timescales = timescales("1 week");

	@Test
	void eachStatutoryStepIsDueItsPeriodInCalendarTimeAt5pmUkTime() {
		// Monday 5 January 2026.
		assertThat(timescales.dueDate("decideToAssess", "2026-01-05")).isEqualTo("2026-02-16T17:00:00+00:00");
		assertThat(timescales.dueDate("decideNotToIssue", "2026-01-05")).isEqualTo("2026-04-27T17:00:00+01:00");
		assertThat(timescales.dueDate("finalPlanAtRisk", "2026-01-05")).isEqualTo("2026-05-11T17:00:00+01:00");
		assertThat(timescales.dueDate("finalPlan", "2026-01-05")).isEqualTo("2026-05-25T17:00:00+01:00");
		// Advice: 6 weeks from its own request; the draft and a consultation: 15 days.
		assertThat(timescales.dueDate("adviceDue", "2026-01-27")).isEqualTo("2026-03-10T17:00:00+00:00");
		assertThat(timescales.dueDate("draftComments", "2026-03-18")).isEqualTo("2026-04-02T17:00:00+01:00");
		assertThat(timescales.dueDate("consultation", "2026-03-25")).isEqualTo("2026-04-09T17:00:00+01:00");
	}

	@Test
	void aStatutoryDateOnAWeekendOrBankHolidayStaysThere() {
		// Saturday 7 March + 6 weeks is Saturday 18 April; 20 weeks from 5 January is the spring bank holiday.
		assertThat(timescales.due(EhcStep.DECIDE_TO_ASSESS, LocalDate.parse("2026-03-07"))).isEqualTo("2026-04-18");
		assertThat(timescales.due(EhcStep.FINAL_PLAN, LocalDate.parse("2026-01-05"))).isEqualTo("2026-05-25");
		// Friday 20 March + 15 days is Easter Sunday.
		assertThat(timescales.due(EhcStep.DRAFT_COMMENTS, LocalDate.parse("2026-03-20"))).isEqualTo("2026-04-04");
	}

	@Test
	void theReminderGoesTheSetTimeBeforeAt9am_orTheWorkingDayBeforeWhenThatIsADayOff() {
		assertThat(timescales.reminderDate("decideToAssess", "2026-01-05")).isEqualTo("2026-02-09T09:00:00+00:00");
		// Due Saturday 18 April: a week before is Saturday 11 April, so Friday 10 April.
		assertThat(timescales.reminderDate("decideToAssess", "2026-03-07")).isEqualTo("2026-04-10T09:00:00+01:00");
		// Due Saturday 4 April: a week before is Saturday 28 March, so Friday 27 March (still GMT).
		assertThat(timescales.reminderDate("draftComments", "2026-03-20")).isEqualTo("2026-03-27T09:00:00+00:00");
		// Due Monday 25 May: a week before is Monday 18 May.
		assertThat(timescales.reminderDate("finalPlan", "2026-01-05")).isEqualTo("2026-05-18T09:00:00+01:00");
		assertThat(timescales("3 working days").reminderDate("finalPlan", "2026-01-05"))
			.as("Friday 22, Thursday 21, Wednesday 20 May").isEqualTo("2026-05-20T09:00:00+01:00");
	}

	@Test
	void anUnknownStepOrAMissingDayIsAClearError() {
		assertThatIllegalArgumentException().isThrownBy(() -> timescales.dueDate("decision", "2026-01-05"))
			.withMessage("No EHC assessment step is called \"decision\"; the steps are decideToAssess, adviceDue, "
					+ "decideNotToIssue, draftComments, consultation, finalPlan, finalPlanAtRisk");
		assertThatIllegalArgumentException().isThrownBy(() -> timescales.dueDate("consultation", null))
			.withMessage("The day the EHC step consultation is counted from must be a date, not null");
	}

	@Test
	void theEngineReadsTheDatesAsTheSameMoment() {
		assertThat(new DueDateBusinessCalendar().resolveDuedate(timescales.dueDate("finalPlan", "2026-01-05")).toInstant())
			.isEqualTo(ZonedDateTime.parse("2026-05-25T16:00:00Z").toInstant());
	}

	private static EhcTimescales timescales(String reminderBefore) {
		return new EhcTimescales(new EhcTimescalesProperties(Timescale.valueOf(reminderBefore), LocalTime.of(17, 0),
				LocalTime.of(9, 0)), TestWorkingDays.byTheRulesOnly());
	}

}
