package org.caseworkportal.pep.trackers;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How many PEP contributions due in a month came in on time. Public only so that the template can
 * show the figures.
 *
 * @param counted those that came in, and those not in whose deadline has passed (late)
 * @param onTime those that came in by the deadline on their due date
 */
public record MonthOnTime(YearMonth month, int counted, int onTime) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	MonthOnTime plus(int moreCounted, int moreOnTime) {
		return new MonthOnTime(month, counted + moreCounted, onTime + moreOnTime);
	}

	/** No contribution to count: the chart leaves a gap. */
	public boolean empty() {
		return counted == 0;
	}

	/** The share on time, rounded to a whole per cent; only when not {@link #empty()}. */
	public int percent() {
		return percent(counted, onTime);
	}

	private static int percent(int counted, int onTime) {
		return (int) Math.round(100.0 * onTime / counted);
	}

	public String monthText() {
		return MONTH.format(month);
	}

	/** "80% (8 of 10)", or "None due" for an empty month. */
	public String summary() {
		return summary(counted, onTime);
	}

	static String summary(int counted, int onTime) {
		return counted == 0 ? "None due" : percent(counted, onTime) + "% (" + onTime + " of " + counted + ")";
	}

}
