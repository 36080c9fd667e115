package org.caseworkportal.pep.trackers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class TrackerDatesTest {

	private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

	@Test
	void theWeekRunsFromMondayToSunday_inLondon() {
		// Sunday 22 November 2026, 11:30pm in London.
		var dates = TrackerDates.at(london(2026, 11, 22, 23, 30), FIVE_PM);

		assertThat(dates.today()).isEqualTo(LocalDate.of(2026, 11, 22));
		assertThat(dates.weekStart()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(dates.weekEnd()).isEqualTo(LocalDate.of(2026, 11, 22));
	}

	@Test
	void theYearIsThisMonthAndTheElevenBefore() {
		var dates = TrackerDates.at(london(2026, 11, 5, 9, 0), FIVE_PM);

		assertThat(dates.months()).hasSize(12).startsWith(YearMonth.of(2025, 12)).endsWith(YearMonth.of(2026, 11));
		assertThat(dates.yearFrom()).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(dates.yearTo()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(dates.finalisedSince()).isEqualTo(london(2025, 11, 5, 9, 0));
	}

	@Test
	void aContributionDueTodayIsLateOnlyAfterTheDueTime() {
		assertThat(TrackerDates.at(london(2026, 6, 10, 17, 0), FIVE_PM).firstUndecidedDue()).isEqualTo(LocalDate.of(2026, 6, 10));
		assertThat(TrackerDates.at(london(2026, 6, 10, 17, 1), FIVE_PM).firstUndecidedDue()).isEqualTo(LocalDate.of(2026, 6, 11));
	}

	private static java.time.Instant london(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("Europe/London")).toInstant();
	}

}
