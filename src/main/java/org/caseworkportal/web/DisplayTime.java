package org.caseworkportal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and dates as GOV.UK style writes them, in UK time: "4 June 2025, 2:15pm", "4 June 2025". */
public final class DisplayTime {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm", Locale.UK);

	private static final DateTimeFormatter AM_PM = DateTimeFormatter.ofPattern("a", Locale.UK);

	private DisplayTime() {
	}

	/** Just the time of day: "2:15pm". */
	public static String timeOfDay(Instant instant) {
		var time = instant.atZone(UK);
		return TIME.format(time) + AM_PM.format(time).toLowerCase(Locale.UK);
	}

	public static String format(Instant instant) {
		if (instant == null) {
			return "";
		}
		var time = instant.atZone(UK);
		return DATE.format(time) + AM_PM.format(time).toLowerCase(Locale.UK);
	}

	/** A date: "4 June 2025"; an empty string for none. */
	public static String date(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

}
