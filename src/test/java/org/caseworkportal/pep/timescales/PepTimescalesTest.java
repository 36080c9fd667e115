package org.caseworkportal.pep.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.caseworkportal.calendar.TestWorkingDays;
import org.caseworkportal.calendar.Timescale;
import org.junit.jupiter.api.Test;

class PepTimescalesTest {

	private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

	private static final LocalTime NINE_AM = LocalTime.of(9, 0);

	/** The seed authority's timescales, as in application.yml. */
	private final PepTimescales seedAuthority = timescales("2 weeks", "3 working days");

	@Test
	void eachStepIsDueItsTimescaleAfterTheMeetingAt5pmUkTime() {
		// Wednesday 4 March 2026, no bank holiday in the next 8 weeks but Easter, which falls on none of them.
		assertThat(seedAuthority.dueDate("contribution", "2026-03-04")).isEqualTo("2026-03-18T17:00:00+00:00");
		assertThat(seedAuthority.dueDate("qualityAssurance", "2026-03-04")).isEqualTo("2026-04-01T17:00:00+01:00");
		assertThat(seedAuthority.dueDate("spotCheck", "2026-03-04")).isEqualTo("2026-04-15T17:00:00+01:00");
		assertThat(seedAuthority.dueDate("finalise", "2026-03-04")).isEqualTo("2026-04-29T17:00:00+01:00");
	}

	@Test
	void theReminderGoesAt9amTheConfiguredWorkingDaysBeforeTheDueDate() {
		// Due Wednesday 18 March: Tuesday 17 (1), Monday 16 (2), Friday 13 (3).
		assertThat(seedAuthority.reminderDate("contribution", "2026-03-04")).isEqualTo("2026-03-13T09:00:00+00:00");
	}

	@Test
	void workingDaysCountAcrossEaster() {
		PepTimescales fiveWorkingDays = timescales("5 working days", "3 working days");
		// Wednesday 1 April 2026: Thursday 2 (1), Good Friday 3, weekend, Easter Monday 6, Tuesday 7 (2) ... Friday 10 (5).
		assertThat(fiveWorkingDays.dueDate("contribution", "2026-04-01")).isEqualTo("2026-04-10T17:00:00+01:00");
		assertThat(fiveWorkingDays.reminderDate("contribution", "2026-04-01")).isEqualTo("2026-04-07T09:00:00+01:00");
	}

	@Test
	void aDueDateOnADayOffMovesToTheNextWorkingDay() {
		// Friday 20 March 2026 + 2 weeks is Good Friday; Easter Monday follows the weekend.
		assertThat(seedAuthority.due(PepStep.CONTRIBUTION, date("2026-03-20"))).isEqualTo("2026-04-07");
		// Monday 2 March + 5 days is a Saturday.
		assertThat(timescales("5 days", "1 working day").due(PepStep.CONTRIBUTION, date("2026-03-02")))
			.isEqualTo("2026-03-09");
	}

	@Test
	void aReminderOnADayOffMovesToTheWorkingDayBefore_neverGivingLessNotice() {
		// Due Tuesday 7 April 2026; 3 days before is Saturday 4th, and Good Friday precedes it.
		assertThat(timescales("2 weeks", "3 days").reminder(PepStep.CONTRIBUTION, date("2026-03-20")))
			.isEqualTo("2026-04-02");
	}

	@Test
	void theMeetingDateMayBeADateAnIsoStringOrADateTime_readInUkTime() {
		Date londonMidnight = Date.from(ZonedDateTime.parse("2026-04-01T00:00:00+01:00").toInstant());
		assertThat(seedAuthority.dueDate("contribution", londonMidnight)).isEqualTo("2026-04-15T17:00:00+01:00");
		assertThat(seedAuthority.dueDate("contribution", date("2026-04-01"))).isEqualTo("2026-04-15T17:00:00+01:00");
		assertThat(seedAuthority.dueDate("contribution", "2026-04-01T00:30:00+01:00"))
			.isEqualTo("2026-04-15T17:00:00+01:00");
		assertThat(seedAuthority.dueDate("contribution", "2026-04-01T10:00:00")).isEqualTo("2026-04-15T17:00:00+01:00");
		assertThat(seedAuthority.dueDate("contribution", java.sql.Date.valueOf("2026-04-01")))
			.isEqualTo("2026-04-15T17:00:00+01:00");
	}

	@Test
	void anUnknownStepOrAMissingMeetingDateIsAClearError() {
		assertThatIllegalArgumentException().isThrownBy(() -> seedAuthority.dueDate("qa", "2026-04-01"))
			.withMessage("No PEP step is called \"qa\"; the steps are contribution, qualityAssurance, spotCheck, finalise");
		assertThatIllegalArgumentException().isThrownBy(() -> seedAuthority.dueDate("contribution", null))
			.withMessageContaining("meeting date");
		assertThatIllegalArgumentException().isThrownBy(() -> seedAuthority.dueDate("contribution", "1 April"))
			.withMessageContaining("\"1 April\"");
	}

	@Test
	void theEngineReadsTheDatesAsTheSameMoment() {
		String due = seedAuthority.dueDate("contribution", "2026-04-01");
		assertThat(new DueDateBusinessCalendar().resolveDuedate(due).toInstant())
			.isEqualTo(ZonedDateTime.parse("2026-04-15T16:00:00Z").toInstant());
		String winterReminder = seedAuthority.reminderDate("contribution", "2026-03-04");
		assertThat(new DueDateBusinessCalendar().resolveDuedate(winterReminder).toInstant())
			.isEqualTo(ZonedDateTime.parse("2026-03-13T09:00:00Z").toInstant());
	}

	private static PepTimescales timescales(String contributionDue, String reminderBefore) {
		return new PepTimescales(new PepTimescalesProperties(Timescale.valueOf(contributionDue),
				Timescale.valueOf("4 weeks"), Timescale.valueOf("6 weeks"), Timescale.valueOf("8 weeks"),
				Timescale.valueOf(reminderBefore), FIVE_PM, NINE_AM), TestWorkingDays.byTheRulesOnly());
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
