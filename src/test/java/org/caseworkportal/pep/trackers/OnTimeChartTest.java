package org.caseworkportal.pep.trackers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OnTimeChartTest {

	private final List<MonthOnTime> months = year();

	@Test
	void isAnImageNamedByItsTitleAndDescription() {
		Element svg = svg();

		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-title chart-desc");
		assertThat(svg.getElementById("chart-title").text())
			.isEqualTo("PEP contributions on time by month, December 2025 to November 2026");
		assertThat(svg.getElementById("chart-desc").text()).startsWith("December 2025: 75% (3 of 4); January 2026: none due;")
			.endsWith("November 2026: 100% (1 of 1).");
	}

	@Test
	void drawsABarLabelledWithItsPercentageForEachMonthWithContributions_andAGapForTheOthers() {
		Element svg = svg();

		assertThat(svg.select("rect")).hasSize(2);
		assertThat(svg.select("text").eachText()).contains("75%", "100%", "none", "Dec", "Jan", "2025", "2026", "0%", "50%",
				"Month the contribution was due");
		assertThat(svg.select("text:containsOwn(none)")).hasSize(10);
	}

	@Test
	void barsAreAsTallAsTheirShareOfTheScale() {
		List<Element> bars = svg().select("rect");
		int full = Integer.parseInt(bars.get(1).attr("height"));

		assertThat(Integer.parseInt(bars.get(0).attr("height"))).isEqualTo(full * 75 / 100);
	}

	@Test
	void percentagesAreRoundedToWholeNumbers() {
		assertThat(new MonthOnTime(YearMonth.of(2026, 1), 3, 2).percent()).isEqualTo(67);
		assertThat(new MonthOnTime(YearMonth.of(2026, 1), 3, 2).summary()).isEqualTo("67% (2 of 3)");
		assertThat(new MonthOnTime(YearMonth.of(2026, 1), 0, 0).summary()).isEqualTo("None due");
	}

	private Element svg() {
		return Jsoup.parse(OnTimeChart.svg("chart", months)).selectFirst("svg");
	}

	private static List<MonthOnTime> year() {
		List<MonthOnTime> months = new ArrayList<>();
		for (YearMonth month = YearMonth.of(2025, 12); !month.isAfter(YearMonth.of(2026, 11)); month = month.plusMonths(1)) {
			months.add(new MonthOnTime(month, 0, 0));
		}
		months.set(0, new MonthOnTime(YearMonth.of(2025, 12), 4, 3));
		months.set(11, new MonthOnTime(YearMonth.of(2026, 11), 1, 1));
		return months;
	}

}
