package org.caseworkportal.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one-off changes to England and Wales bank holidays that no rule can compute
 * ({@code portal.calendar.*}).
 *
 * @param extraBankHolidays days proclaimed as additional bank holidays (a jubilee, a state funeral,
 * a coronation)
 * @param movedBankHolidays bank holidays moved from the date the rules give to another
 */
@ConfigurationProperties("portal.calendar")
record CalendarProperties(@DefaultValue List<LocalDate> extraBankHolidays,
		@DefaultValue List<MovedBankHoliday> movedBankHolidays) {

}
