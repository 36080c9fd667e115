package org.caseworkportal.pep.trackers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/**
 * The days the trackers count from, in London time: today, this Monday-to-Sunday week, the 12
 * months the year's figures cover (this month and the 11 before it), and when the year's
 * finalised PEPs begin.
 *
 * @param firstUndecidedDue the earliest due date whose deadline (the due time on that day) has
 *        not passed yet: a contribution due then and not submitted is not late yet
 */
record TrackerDates(LocalDate today, LocalDate weekStart, LocalDate weekEnd, YearMonth firstMonth, YearMonth lastMonth,
		Instant finalisedSince, LocalDate firstUndecidedDue) {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static TrackerDates at(Instant now, LocalTime dueAt) {
		ZonedDateTime inLondon = now.atZone(LONDON);
		LocalDate today = inLondon.toLocalDate();
		YearMonth thisMonth = YearMonth.from(today);
		boolean todaysDeadlinePassed = now.isAfter(today.atTime(dueAt).atZone(LONDON).toInstant());
		return new TrackerDates(today, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
				today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), thisMonth.minusMonths(11), thisMonth,
				inLondon.minusMonths(12).toInstant(), todaysDeadlinePassed ? today.plusDays(1) : today);
	}

	/** The 12 months, oldest first. */
	List<YearMonth> months() {
		return Stream.iterate(firstMonth, month -> !month.isAfter(lastMonth), month -> month.plusMonths(1)).toList();
	}

	LocalDate yearFrom() {
		return firstMonth.atDay(1);
	}

	LocalDate yearTo() {
		return lastMonth.atEndOfMonth();
	}

}
