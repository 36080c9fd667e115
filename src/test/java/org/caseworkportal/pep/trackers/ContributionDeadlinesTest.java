package org.caseworkportal.pep.trackers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ContributionDeadlinesTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

	@Test
	void givesEveryDaysDeadlineAsSecondsAfterItsMidnightUtc_acrossBothClockChanges() {
		for (int firstMonth = 1; firstMonth <= 12; firstMonth++) {
			LocalDate from = LocalDate.of(2025, firstMonth, 1);
			LocalDate to = from.plusMonths(12).minusDays(1);

			var deadlines = ContributionDeadlines.over(from, to, FIVE_PM, LONDON);

			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				assertThat(day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(deadlines.secondsAfterMidnightUtc(day)))
					.as(day.toString())
					.isEqualTo(day.atTime(FIVE_PM).atZone(LONDON).toInstant());
			}
		}
	}

	@Test
	void britishSummerTimeIsTheShiftedRun_whenTheYearStartsInWinter() {
		var deadlines = ContributionDeadlines.over(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), FIVE_PM, LONDON);

		assertThat(deadlines.seconds()).isEqualTo(17 * 3600);
		assertThat(deadlines.shiftedSeconds()).isEqualTo(16 * 3600);
		assertThat(deadlines.shiftedFrom()).isEqualTo(LocalDate.of(2026, 3, 29));
		assertThat(deadlines.shiftedTo()).isEqualTo(LocalDate.of(2026, 10, 24));
	}

	@Test
	void hasNoShiftedRun_whenTheOffsetNeverChanges() {
		var deadlines = ContributionDeadlines.over(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), FIVE_PM, LONDON);

		assertThat(deadlines.shiftedFrom()).isAfter(deadlines.shiftedTo());
		assertThat(deadlines.secondsAfterMidnightUtc(LocalDate.of(2026, 1, 15))).isEqualTo(17 * 3600);
	}

	@Test
	void refusesASpanWithMoreThanOneShiftedRun() {
		assertThatThrownBy(() -> ContributionDeadlines.over(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 4, 30), FIVE_PM, LONDON))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
