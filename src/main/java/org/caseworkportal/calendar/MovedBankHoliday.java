package org.caseworkportal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bank holiday the rules put on one date that was moved by proclamation to another, such as
 * the early May bank holiday of 2020 moved to VE Day. Written in settings as
 * {@code "2020-05-04 moved to 2020-05-08"}.
 */
record MovedBankHoliday(LocalDate from, LocalDate to) {

	private static final Pattern WRITTEN = Pattern.compile("\\s*(\\S+)\\s+moved\\s+to\\s+(\\S+)\\s*");

	/**
	 * Reads {@code "2020-05-04 moved to 2020-05-08"}; Spring's binder calls this for settings, so it
	 * stays public (the binder finds only public factory methods).
	 */
	public static MovedBankHoliday valueOf(String written) {
		Matcher matcher = WRITTEN.matcher(written);
		if (matcher.matches()) {
			try {
				return new MovedBankHoliday(LocalDate.parse(matcher.group(1)), LocalDate.parse(matcher.group(2)));
			}
			catch (DateTimeParseException notADate) {
				// falls through to the message below
			}
		}
		throw new IllegalArgumentException(
				"\"" + written + "\" is not a moved bank holiday: write \"2020-05-04 moved to 2020-05-08\"");
	}

}
