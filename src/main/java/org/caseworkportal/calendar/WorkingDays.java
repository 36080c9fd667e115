package org.caseworkportal.calendar;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Counting in working days: Monday to Friday, except England and Wales bank holidays. */
@Component
public class WorkingDays {

	private final EnglandAndWalesBankHolidays bankHolidays;

	WorkingDays(EnglandAndWalesBankHolidays bankHolidays) {
		this.bankHolidays = bankHolidays;
	}

	boolean isWorkingDay(LocalDate day) {
		return !EnglandAndWalesBankHolidays.isWeekend(day) && !bankHolidays.isBankHoliday(day);
	}

	/** The {@code count}th working day after {@code from}; {@code from} itself does not count. */
	LocalDate add(LocalDate from, int count) {
		return step(from, count, 1);
	}

	/** The {@code count}th working day before {@code from}; {@code from} itself does not count. */
	LocalDate subtract(LocalDate from, int count) {
		return step(from, count, -1);
	}

	/** {@code day} if it is a working day, otherwise the next one. */
	public LocalDate onOrAfter(LocalDate day) {
		return isWorkingDay(day) ? day : add(day, 1);
	}

	/** {@code day} if it is a working day, otherwise the last one before it. */
	public LocalDate onOrBefore(LocalDate day) {
		return isWorkingDay(day) ? day : subtract(day, 1);
	}

	private LocalDate step(LocalDate from, int count, int direction) {
		if (count < 0) {
			throw new IllegalArgumentException("A number of working days cannot be negative: " + count);
		}
		LocalDate day = from;
		for (int counted = 0; counted < count;) {
			day = day.plusDays(direction);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

}
