package org.caseworkportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

/**
 * The bank holidays the portal counts with, by the rules and the proclaimed changes in
 * application.yml, are GOV.UK's, year by year and both ways: a day GOV.UK lists that the portal
 * misses fails, and so does a day the portal takes off that GOV.UK does not list.
 *
 * <p>The snapshot {@code calendar/gov-uk-bank-holidays-england-and-wales.json} is the
 * "england-and-wales" division of GOV.UK's published list ({@code https://www.gov.uk/bank-holidays.json})
 * for 2013 to 2028, as the Ministry of Justice's govuk-bank-holidays library last cached it from
 * GOV.UK on 25 February 2026. {@code calendar/README.md} beside it says how to refresh it.
 */
class EnglandAndWalesBankHolidaysGovUkTest {

	private static final String SNAPSHOT = "/calendar/gov-uk-bank-holidays-england-and-wales.json";

	private final ApplicationContextRunner application = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(BankHolidaysAsConfigured.class);

	@Test
	void everyYearOfGovUksListHasExactlyItsBankHolidays_withTheProclaimedChangesInApplicationYml() {
		SortedMap<Integer, List<LocalDate>> govUk = govUkBankHolidaysByYear();
		application.run(context -> {
			EnglandAndWalesBankHolidays portal = context.getBean(EnglandAndWalesBankHolidays.class);
			SoftAssertions.assertSoftly(softly -> govUk.forEach((year, days) -> softly.assertThat(portal.in(year))
				.as("England and Wales bank holidays of %d", year)
				.containsExactlyElementsOf(days)));
		});
	}

	@Test
	void theRulesAloneDifferFromGovUkOnlyInTheYearsOfAProclaimedChange() {
		EnglandAndWalesBankHolidays byRulesOnly = new EnglandAndWalesBankHolidays(
				new CalendarProperties(List.of(), List.of()));
		List<Integer> differing = govUkBankHolidaysByYear().entrySet()
			.stream()
			.filter(year -> !List.copyOf(byRulesOnly.in(year.getKey())).equals(year.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(differing).containsExactly(2020, 2022, 2023);
	}

	/** GOV.UK's bank holidays of each year of the snapshot, in date order; the years run without a gap. */
	private static SortedMap<Integer, List<LocalDate>> govUkBankHolidaysByYear() {
		JsonNode published = read(SNAPSHOT);
		assertThat(published.path("division").asText()).isEqualTo("england-and-wales");
		SortedMap<Integer, List<LocalDate>> byYear = new TreeMap<>();
		for (JsonNode event : published.path("events")) {
			LocalDate day = LocalDate.parse(event.path("date").asText());
			byYear.computeIfAbsent(day.getYear(), year -> new ArrayList<>()).add(day);
		}
		byYear.values().forEach(days -> days.sort(null));
		assertThat(byYear.keySet()).as("years of the snapshot")
			.containsExactlyElementsOf(IntStream.rangeClosed(byYear.firstKey(), byYear.lastKey())
				.boxed()
				.collect(Collectors.toList()))
			.contains(2020, 2022, 2023, 2026);
		return byYear;
	}

	private static JsonNode read(String resource) {
		try (InputStream json = EnglandAndWalesBankHolidaysGovUkTest.class.getResourceAsStream(resource)) {
			assertThat(json).as(resource).isNotNull();
			return new ObjectMapper().readTree(json);
		}
		catch (IOException unreadable) {
			throw new IllegalStateException("Cannot read " + resource, unreadable);
		}
	}

	/** The bank holidays as the application binds them from application.yml. */
	@EnableConfigurationProperties(CalendarProperties.class)
	@Import(EnglandAndWalesBankHolidays.class)
	static class BankHolidaysAsConfigured {

	}

}
