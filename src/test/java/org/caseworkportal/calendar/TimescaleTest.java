package org.caseworkportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.caseworkportal.calendar.EnglandAndWalesBankHolidaysTest.date;
import static org.caseworkportal.calendar.WorkingDaysTest.WORKING_DAYS;

import org.caseworkportal.calendar.Timescale.Unit;
import org.junit.jupiter.api.Test;

class TimescaleTest {

	@Test
	void readsDaysWeeksAndWorkingDaysAsWrittenInSettings() {
		assertThat(Timescale.valueOf("14 days")).isEqualTo(new Timescale(14, Unit.DAYS));
		assertThat(Timescale.valueOf("1 day")).isEqualTo(new Timescale(1, Unit.DAYS));
		assertThat(Timescale.valueOf("2 weeks")).isEqualTo(new Timescale(2, Unit.WEEKS));
		assertThat(Timescale.valueOf(" 1 Week ")).isEqualTo(new Timescale(1, Unit.WEEKS));
		assertThat(Timescale.valueOf("20 working days")).isEqualTo(new Timescale(20, Unit.WORKING_DAYS));
		assertThat(Timescale.valueOf("1 working day")).isEqualTo(new Timescale(1, Unit.WORKING_DAYS));
	}

	@Test
	void anythingElseIsRefusedWithAnExample() {
		for (String wrong : new String[] { "3 fortnights", "2", "weeks", "two weeks", "1.5 weeks", "-2 weeks", "P14D",
				"" }) {
			assertThatIllegalArgumentException().as(wrong)
				.isThrownBy(() -> Timescale.valueOf(wrong))
				.withMessageContaining("\"20 working days\"");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> Timescale.valueOf("0 days"))
			.withMessageContaining("at least 1");
	}

	@Test
	void countsForwardAndBackFromADate() {
		// Wednesday 1 April 2026, before Easter.
		assertThat(Timescale.valueOf("14 days").after(date("2026-04-01"), WORKING_DAYS)).isEqualTo("2026-04-15");
		assertThat(Timescale.valueOf("2 weeks").after(date("2026-04-01"), WORKING_DAYS)).isEqualTo("2026-04-15");
		assertThat(Timescale.valueOf("5 working days").after(date("2026-04-01"), WORKING_DAYS)).isEqualTo("2026-04-10");
		assertThat(Timescale.valueOf("3 days").before(date("2026-04-10"), WORKING_DAYS)).isEqualTo("2026-04-07");
		assertThat(Timescale.valueOf("1 week").before(date("2026-04-10"), WORKING_DAYS)).isEqualTo("2026-04-03");
		assertThat(Timescale.valueOf("3 working days").before(date("2026-04-10"), WORKING_DAYS)).isEqualTo("2026-04-07");
	}

}
