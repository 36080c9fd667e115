package org.caseworkportal.pep.trackers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.caseworkportal.pep.PepStage;

/** How the trackers write their stages, schools, numbers, dates and times, in GOV.UK style. */
final class TrackerText {

	private static final String NO_SCHOOL = "Not at a school";

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private TrackerText() {
	}

	/** A stage as people say it; finalised means in the last 12 months, as the trackers count it. */
	static String stage(PepStage stage) {
		return stage == PepStage.FINALISED ? "Finalised in the last 12 months" : stage.label();
	}

	/** The school's name, or "Not at a school" for PEPs of children on no school's roll. */
	static String school(Long settingId, Map<Long, String> schoolNames) {
		return settingId == null ? NO_SCHOOL : Objects.requireNonNullElse(schoolNames.get(settingId), NO_SCHOOL);
	}

	/** "1,234". */
	static String number(long count) {
		return String.format(Locale.UK, "%,d", count);
	}

	/** "3 Nov 2026", or empty for no date. */
	static String shortDate(LocalDate date) {
		return date == null ? "" : SHORT_DATE.format(date);
	}

	/** "Monday 16 November to Sunday 22 November 2026". */
	static String week(LocalDate monday, LocalDate sunday) {
		return DAY.format(monday) + " to " + DAY_AND_YEAR.format(sunday);
	}

	/** "5 minutes", "1 minute", "30 seconds". */
	static String period(Duration duration) {
		long minutes = duration.toMinutes();
		long seconds = duration.toSeconds();
		return minutes > 0 ? minutes + (minutes == 1 ? " minute" : " minutes") : seconds + (seconds == 1 ? " second" : " seconds");
	}

	/** "5pm", "4:30pm". */
	static String timeOfDay(LocalTime time) {
		String hour = String.valueOf(time.getHour() % 12 == 0 ? 12 : time.getHour() % 12);
		String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
		return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
	}

}
