package org.caseworkportal.pep.trackers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.caseworkportal.MovableClock;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.pep.trackers.Trackers.SchoolCount;
import org.caseworkportal.people.VisibleChildren;
import org.junit.jupiter.api.Test;

class RecentYearFiguresTest {

	private final Trackers trackers = mock(Trackers.class);

	private final MovableClock clock = new MovableClock();

	private final RecentYearFigures figures = new RecentYearFigures(trackers,
			new TrackerProperties(Duration.ofMinutes(5)), clock);

	private final VisibleChildren visible = new VisibleChildren("true", Map.of());

	@Test
	void keepsEachPersonsFiguresForTheSetTime_thenReadsThemAgain() {
		clock.freeze();
		when(trackers.finalisedBySchool(any(), any(), any())).thenReturn(List.of(new SchoolCount(1L, 3)));
		var alice = new AccountId(1);

		YearFigures first = of(alice, null);
		clock.moveForward(Duration.ofMinutes(4));
		assertThat(of(alice, null)).isSameAs(first);
		verify(trackers, times(1)).finalisedBySchool(any(), any(), any());

		of(new AccountId(2), null);
		of(alice, 7L);
		verify(trackers, times(3)).finalisedBySchool(any(), any(), any());

		clock.moveForward(Duration.ofMinutes(2));
		YearFigures later = of(alice, null);
		assertThat(later).isNotSameAs(first);
		assertThat(later.workedOutAt()).isEqualTo(clock.instant());
		assertThat(later.finalised()).containsExactly(new SchoolCount(1L, 3));
	}

	private YearFigures of(AccountId viewer, Long officer) {
		TrackerDates dates = TrackerDates.at(clock.instant(), LocalTime.of(17, 0));
		return figures.of(viewer, visible, officer, dates,
				ContributionDeadlines.over(dates.yearFrom(), dates.yearTo(), LocalTime.of(17, 0), TrackerDates.LONDON));
	}

}
