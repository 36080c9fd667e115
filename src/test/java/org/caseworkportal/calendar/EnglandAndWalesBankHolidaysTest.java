package org.caseworkportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class EnglandAndWalesBankHolidaysTest {

	private final EnglandAndWalesBankHolidays byRulesOnly = new EnglandAndWalesBankHolidays(
			new CalendarProperties(List.of(), List.of()));

	private final EnglandAndWalesBankHolidays withOneOffs = new EnglandAndWalesBankHolidays(new CalendarProperties(
			dates("2022-06-03", "2022-09-19", "2023-05-08"),
			List.of(MovedBankHoliday.valueOf("2020-05-04 moved to 2020-05-08"),
					MovedBankHoliday.valueOf("2022-05-30 moved to 2022-06-02"))));

	@Test
	void theYearsPublishedOnGovUkAreComputedByTheRules() {
		assertThat(byRulesOnly.in(2024)).containsExactlyElementsOf(dates("2024-01-01", "2024-03-29", "2024-04-01",
				"2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"));
		assertThat(byRulesOnly.in(2025)).containsExactlyElementsOf(dates("2025-01-01", "2025-04-18", "2025-04-21",
				"2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"));
		assertThat(byRulesOnly.in(2026)).containsExactlyElementsOf(dates("2026-01-01", "2026-04-03", "2026-04-06",
				"2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"));
	}

	@Test
	void holidaysAtAWeekendAreSubstitutedByTheNextFreeWeekday() {
		// 2022: New Year's Day on a Saturday; Christmas on a Sunday after Boxing Day took the Monday.
		assertThat(byRulesOnly.in(2022)).contains(date("2022-01-03"), date("2022-12-26"), date("2022-12-27"))
			.doesNotContain(date("2022-01-01"), date("2022-12-25"));
		// 2027: Christmas on a Saturday, Boxing Day on a Sunday.
		assertThat(byRulesOnly.in(2027)).contains(date("2027-12-27"), date("2027-12-28"))
			.doesNotContain(date("2027-12-25"), date("2027-12-26"));
	}

	@Test
	void easterFollowsTheGregorianComputusAcrossItsExtremes() {
		assertThat(EnglandAndWalesBankHolidays.easterSunday(2008)).isEqualTo("2008-03-23");
		assertThat(EnglandAndWalesBankHolidays.easterSunday(2038)).isEqualTo("2038-04-25");
		assertThat(EnglandAndWalesBankHolidays.easterSunday(2285)).isEqualTo("2285-03-22");
	}

	@Test
	void oneOffChangesFromSettingsMatchGovUkFor2020And2022And2023() {
		assertThat(withOneOffs.in(2020)).contains(date("2020-05-08")).doesNotContain(date("2020-05-04"));
		assertThat(withOneOffs.in(2022)).containsExactlyElementsOf(dates("2022-01-03", "2022-04-15", "2022-04-18",
				"2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"));
		assertThat(withOneOffs.isBankHoliday(date("2023-05-08"))).isTrue();
		assertThat(withOneOffs.in(2024)).isEqualTo(byRulesOnly.in(2024));
	}

	@Test
	void movingADayThatIsNotABankHolidayIsRefusedAsAMistake() {
		CalendarProperties mistaken = new CalendarProperties(List.of(),
				List.of(MovedBankHoliday.valueOf("2020-05-05 moved to 2020-05-08")));
		assertThatIllegalArgumentException().isThrownBy(() -> new EnglandAndWalesBankHolidays(mistaken))
			.withMessageContaining("portal.calendar.moved-bank-holidays")
			.withMessageContaining("2020-05-05");
		assertThatIllegalArgumentException().isThrownBy(() -> MovedBankHoliday.valueOf("2020-05-04 -> 2020-05-08"))
			.withMessageContaining("moved to");
	}

	static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	static List<LocalDate> dates(String... iso) {
		return Arrays.stream(iso).map(LocalDate::parse).toList();
	}

}
