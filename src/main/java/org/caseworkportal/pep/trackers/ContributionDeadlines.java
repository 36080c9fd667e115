package org.caseworkportal.pep.trackers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * When a contribution due on each day of a span of dates becomes late: after the portal's due
 * time, London time, on its due date. SQL reads it as seconds after the due date's midnight UTC,
 * which H2 and PostgreSQL both compare the same way with {@code EXTRACT(EPOCH ...)} of a date and
 * of a timestamp with time zone; converting between zones in SQL is where the two differ.
 *
 * <p>The number changes with London's offset. Twelve months hold at most two changes, so the
 * span is one offset with at most one run of days ({@code shiftedFrom} to {@code shiftedTo}) on
 * the other; without a run, {@code shiftedFrom} is after {@code shiftedTo}.
 */
record ContributionDeadlines(long seconds, LocalDate shiftedFrom, LocalDate shiftedTo, long shiftedSeconds) {

	static ContributionDeadlines over(LocalDate from, LocalDate to, LocalTime dueAt, ZoneId zone) {
		List<Run> runs = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			long seconds = Duration.between(day.atStartOfDay(ZoneOffset.UTC), day.atTime(dueAt).atZone(zone)).toSeconds();
			Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last != null && last.seconds == seconds) {
				last.to = day;
			}
			else {
				runs.add(new Run(day, seconds));
			}
		}
		if (runs.size() > 3 || (runs.size() == 3 && runs.get(0).seconds != runs.get(2).seconds)) {
			throw new IllegalArgumentException("The offset of " + zone + " changes too often between " + from + " and " + to);
		}
		if (runs.size() == 1) {
			return new ContributionDeadlines(runs.get(0).seconds, to.plusDays(1), to, runs.get(0).seconds);
		}
		Run shifted = runs.get(1);
		return new ContributionDeadlines(runs.get(0).seconds, shifted.from, shifted.to, shifted.seconds);
	}

	/** What the SQL works out for a contribution due that day. */
	long secondsAfterMidnightUtc(LocalDate due) {
		return due.isBefore(shiftedFrom) || due.isAfter(shiftedTo) ? seconds : shiftedSeconds;
	}

	private static final class Run {

		private final LocalDate from;

		private LocalDate to;

		private final long seconds;

		Run(LocalDate from, long seconds) {
			this.from = from;
			this.to = from;
			this.seconds = seconds;
		}

	}

}
