package org.caseworkportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseworkportal.calendar.EnglandAndWalesBankHolidaysTest.date;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

	static final WorkingDays WORKING_DAYS = TestWorkingDays.byTheRulesOnly();

	@Test
	void countingSkipsWeekendsAndNotTheStartDay() {
		// Friday 2026-03-06 + 1 working day is Monday 9th; Monday 9th - 1 is Friday 6th.
		assertThat(WORKING_DAYS.add(date("2026-03-06"), 1)).isEqualTo("2026-03-09");
		assertThat(WORKING_DAYS.subtract(date("2026-03-09"), 1)).isEqualTo("2026-03-06");
		assertThat(WORKING_DAYS.add(date("2026-03-02"), 10)).isEqualTo("2026-03-16");
		assertThat(WORKING_DAYS.add(date("2026-03-02"), 0)).isEqualTo("2026-03-02");
	}

	@Test
	void countingSkipsBankHolidays() {
		// Wednesday 1 April 2026: Thu 2 (1), Good Friday 3, weekend, Easter Monday 6, Tue 7 (2) ... Fri 10 (5).
		assertThat(WORKING_DAYS.add(date("2026-04-01"), 5)).isEqualTo("2026-04-10");
		assertThat(WORKING_DAYS.subtract(date("2026-04-10"), 5)).isEqualTo("2026-04-01");
		// Christmas 2026: Friday 25th and Boxing Day's substitute Monday 28th.
		assertThat(WORKING_DAYS.add(date("2026-12-24"), 1)).isEqualTo("2026-12-29");
	}

	@Test
	void aDayOffMovesToTheNearestWorkingDayInTheDirectionAsked() {
		assertThat(WORKING_DAYS.onOrAfter(date("2026-04-03"))).isEqualTo("2026-04-07");
		assertThat(WORKING_DAYS.onOrBefore(date("2026-04-06"))).isEqualTo("2026-04-02");
		assertThat(WORKING_DAYS.onOrAfter(date("2026-04-08"))).isEqualTo("2026-04-08");
		assertThat(WORKING_DAYS.onOrBefore(date("2026-04-08"))).isEqualTo("2026-04-08");
	}

}
