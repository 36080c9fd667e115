package org.caseworkportal.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as GOV.UK style writes them, in UK time: "4 June 2025, 2:15pm". */
public final class DisplayTime {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm", Locale.UK);

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

}
