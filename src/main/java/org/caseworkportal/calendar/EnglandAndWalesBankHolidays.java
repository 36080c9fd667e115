package org.caseworkportal.calendar;

import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The bank holidays of England and Wales in any year, by the rules of the Banking and Financial
 * Dealings Act 1971 and the annual proclamations, plus the one-off changes in
 * {@link CalendarProperties}.
 */
@Component
class EnglandAndWalesBankHolidays {

	private final CalendarProperties oneOffs;

	private final Map<Integer, SortedSet<LocalDate>> byYear = new ConcurrentHashMap<>();

	EnglandAndWalesBankHolidays(CalendarProperties oneOffs) {
		for (MovedBankHoliday moved : oneOffs.movedBankHolidays()) {
			if (!byRules(moved.from().getYear()).contains(moved.from())) {
				throw new IllegalArgumentException("portal.calendar.moved-bank-holidays: " + moved.from()
						+ " is not a bank holiday by the usual rules, so it cannot be moved");
			}
		}
		this.oneOffs = oneOffs;
	}

	boolean isBankHoliday(LocalDate day) {
		return in(day.getYear()).contains(day);
	}

	/** The bank holidays of the year, in date order. */
	SortedSet<LocalDate> in(int year) {
		return byYear.computeIfAbsent(year, this::withOneOffs);
	}

	private SortedSet<LocalDate> withOneOffs(int year) {
		SortedSet<LocalDate> days = byRules(year);
		for (MovedBankHoliday moved : oneOffs.movedBankHolidays()) {
			if (days.remove(moved.from())) {
				days.add(moved.to());
			}
		}
		oneOffs.extraBankHolidays().stream().filter(day -> day.getYear() == year).forEach(days::add);
		return Collections.unmodifiableSortedSet(days);
	}

	private static SortedSet<LocalDate> byRules(int year) {
		SortedSet<LocalDate> days = new TreeSet<>();
		days.add(nextWeekdayFrom(LocalDate.of(year, Month.JANUARY, 1)));
		LocalDate easterSunday = easterSunday(year);
		days.add(easterSunday.minusDays(2));
		days.add(easterSunday.plusDays(1));
		days.add(LocalDate.of(year, Month.MAY, 1).with(firstInMonth(DayOfWeek.MONDAY)));
		days.add(LocalDate.of(year, Month.MAY, 1).with(lastInMonth(DayOfWeek.MONDAY)));
		days.add(LocalDate.of(year, Month.AUGUST, 1).with(lastInMonth(DayOfWeek.MONDAY)));
		addWithSubstitutes(days, LocalDate.of(year, Month.DECEMBER, 25), LocalDate.of(year, Month.DECEMBER, 26));
		return days;
	}

	/**
	 * Christmas and Boxing Day each stay where they fall on a weekday; one that falls at a weekend
	 * is replaced by the next weekday not already a holiday (Christmas on a Sunday: Boxing Day on
	 * Monday 26th, the Christmas substitute on Tuesday 27th).
	 */
	private static void addWithSubstitutes(Set<LocalDate> days, LocalDate... holidays) {
		for (LocalDate holiday : holidays) {
			if (!isWeekend(holiday)) {
				days.add(holiday);
			}
		}
		for (LocalDate holiday : holidays) {
			if (isWeekend(holiday)) {
				LocalDate substitute = nextWeekdayFrom(holiday);
				while (days.contains(substitute)) {
					substitute = nextWeekdayFrom(substitute.plusDays(1));
				}
				days.add(substitute);
			}
		}
	}

	private static LocalDate nextWeekdayFrom(LocalDate day) {
		LocalDate weekday = day;
		while (isWeekend(weekday)) {
			weekday = weekday.plusDays(1);
		}
		return weekday;
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** The "Anonymous Gregorian algorithm" (Meeus/Jones/Butcher). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}
