package org.caseworkportal.calendar;

import java.util.List;

/**
 * Working days for other modules' tests, which cannot build them from the calendar's
 * package-private parts.
 */
public final class TestWorkingDays {

	private TestWorkingDays() {
	}

	/**
	 * The bank holidays the usual rules give, without the proclaimed one-off changes of
	 * application.yml; enough for any test of 2024 or later.
	 */
	public static WorkingDays byTheRulesOnly() {
		return new WorkingDays(new EnglandAndWalesBankHolidays(new CalendarProperties(List.of(), List.of())));
	}

}
