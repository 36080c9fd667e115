package org.caseworkportal.people.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK style writes them, in UK time: "4 June 2025". */
final class DisplayDate {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private DisplayDate() {
	}

	static String of(Instant instant) {
		return DATE.format(instant);
	}

}
