package org.caseworkportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class LondonDatesTest {

	@Test
	void aDayAndTimeIsWrittenWithTheUkOffsetOfThatDay_neverZ() {
		LocalTime fivePm = LocalTime.of(17, 0);
		// British Summer Time began on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
		assertThat(LondonDates.at(LocalDate.parse("2026-03-28"), fivePm)).isEqualTo("2026-03-28T17:00:00+00:00");
		assertThat(LondonDates.at(LocalDate.parse("2026-03-29"), fivePm)).isEqualTo("2026-03-29T17:00:00+01:00");
		assertThat(LondonDates.at(LocalDate.parse("2026-10-24"), fivePm)).isEqualTo("2026-10-24T17:00:00+01:00");
		assertThat(LondonDates.at(LocalDate.parse("2026-10-25"), fivePm)).isEqualTo("2026-10-25T17:00:00+00:00");
	}

	@Test
	void aDateTimeWithAnOffsetIsReadAsItsDayInLondon() {
		assertThat(LondonDates.dayOf("2026-06-30T23:30:00Z", "A request date")).isEqualTo("2026-07-01");
		assertThat(LondonDates.dayOf("2026-07-01", "A request date")).isEqualTo("2026-07-01");
	}

	@Test
	void anythingElseIsAnErrorNamingWhatItShouldHaveBeen() {
		assertThatIllegalArgumentException().isThrownBy(() -> LondonDates.dayOf(null, "An EHC request date"))
			.withMessage("An EHC request date must be a date, not null");
		assertThatIllegalArgumentException().isThrownBy(() -> LondonDates.dayOf("5 January", "An EHC request date"))
			.withMessage("An EHC request date must be an ISO-8601 date, not \"5 January\"");
	}

}
