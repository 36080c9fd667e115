package org.caseworkportal.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccountEventSearchFormTest {

	@Test
	void emptySearchFindsEverything() {
		var search = new AccountEventSearchForm(null, null, null, null, null, null, null, null);

		assertThat(search.problems()).isEmpty();
		assertThat(search.criteria()).isEqualTo(new AccountEventCriteria("", null, null, null));
	}

	@Test
	void datesAreWholeUkDays_inGreenwichTimeAndSummerTime() {
		var winter = dates("1", "2", "2026", "1", "2", "2026").criteria();
		var summer = dates("1", "7", "2026", "31", "7", "2026").criteria();

		assertThat(winter.from()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(winter.before()).isEqualTo(Instant.parse("2026-02-02T00:00:00Z"));
		assertThat(summer.from()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
		assertThat(summer.before()).isEqualTo(Instant.parse("2026-07-31T23:00:00Z"));
	}

	@Test
	void emailIsSearchedInItsKeptForm() {
		var search = new AccountEventSearchForm("  Ann@School ", "SIGNED_IN", "", "", "", "", "", "");

		assertThat(search.criteria()).isEqualTo(new AccountEventCriteria("ann@school", AccountEventType.SIGNED_IN, null, null));
	}

	@Test
	void partOfADateMissingNamesWhatIsMissing() {
		assertThat(fromProblem("", "5", "2026")).isEqualTo("From date must include a day");
		assertThat(fromProblem("1", "", "")).isEqualTo("From date must include a month and year");
		assertThat(fromProblem("", "", "2026")).isEqualTo("From date must include a day and month");
	}

	@Test
	void dateThatDoesNotExistIsNotARealDate() {
		assertThat(fromProblem("29", "2", "2025")).isEqualTo("From date must be a real date");
		assertThat(fromProblem("1", "13", "2026")).isEqualTo("From date must be a real date");
		assertThat(fromProblem("1", "1", "26")).isEqualTo("From date must be a real date");
		assertThat(fromProblem("first", "1", "2026")).isEqualTo("From date must be a real date");
		assertThat(fromProblem("29", "2", "2024")).isNull();
		assertThat(fromProblem(" 01 ", "02", "2026")).isNull();
	}

	@Test
	void linkKeepsTheSearchWithValuesEncodedStrictly() {
		var search = new AccountEventSearchForm("ann+school@x", "SIGNED_IN", "1", "2", "2026", "", "", "");

		assertThat(search.link("/admin/account-events", 2)).isEqualTo(
				"/admin/account-events?email=ann%2Bschool%40x&type=SIGNED_IN&from-day=1&from-month=2&from-year=2026&page=2");
	}

	private static AccountEventSearchForm dates(String fromDay, String fromMonth, String fromYear, String toDay,
			String toMonth, String toYear) {
		return new AccountEventSearchForm("", "", fromDay, fromMonth, fromYear, toDay, toMonth, toYear);
	}

	private static String fromProblem(String day, String month, String year) {
		var problem = dates(day, month, year, "", "", "").problems().get("from");
		return problem == null ? null : problem.text();
	}

}
