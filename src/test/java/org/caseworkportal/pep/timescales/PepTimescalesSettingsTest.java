package org.caseworkportal.pep.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.caseworkportal.calendar.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings in application.yml, and an authority's own from the environment, reach the timescales. */
class PepTimescalesSettingsTest {

	private final ApplicationContextRunner application = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(Timescales.class);

	@Test
	void theDefaultsAreTheSeedAuthoritysTimescalesAndTheProclaimedBankHolidays() {
		application.run(context -> {
			PepTimescales timescales = context.getBean("pepTimescales", PepTimescales.class);
			// Friday 20 March 2026 + 2 weeks is Good Friday; due the Tuesday after Easter Monday.
			assertThat(timescales.dueDate("contribution", "2026-03-20")).isEqualTo("2026-04-07T17:00:00+01:00");
			assertThat(timescales.reminderDate("contribution", "2026-03-20")).isEqualTo("2026-03-31T09:00:00+01:00");
			assertThat(timescales.dueDate("finalise", "2026-03-20")).isEqualTo("2026-05-15T17:00:00+01:00");
			// Thursday 19 May 2022 + 2 weeks is the spring bank holiday moved to 2 June; the Platinum
			// Jubilee's extra day and a weekend follow. The rules' day, Monday 30 May, was a working day.
			assertThat(timescales.dueDate("contribution", "2022-05-19")).isEqualTo("2022-06-06T17:00:00+01:00");
			assertThat(timescales.dueDate("contribution", "2022-05-16")).isEqualTo("2022-05-30T17:00:00+01:00");
			// Monday 5 September 2022 + 2 weeks is the Queen's state funeral.
			assertThat(timescales.dueDate("contribution", "2022-09-05")).isEqualTo("2022-09-20T17:00:00+01:00");
		});
	}

	@Test
	void anAuthorityOverridesATimescaleFromTheEnvironment() {
		application.withInitializer(context -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("PORTAL_PEP_TIMESCALES_CONTRIBUTIONDUE", "5 working days"))))
			.run(context -> assertThat(context.getBean(PepTimescales.class).dueDate("contribution", "2026-04-01"))
				.isEqualTo("2026-04-10T17:00:00+01:00"));
	}

	@Test
	void aTimescaleThatIsNotDaysWeeksOrWorkingDaysStopsStartupNamingTheSetting() {
		application.withPropertyValues("portal.pep.timescales.quality-assurance-due=3 fortnights")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				// what Spring Boot's failure analysis reports at startup
				.hasStackTraceContaining("Failed to bind properties under 'portal.pep.timescales.quality-assurance-due'")
				.rootCause()
				.hasMessageContaining("\"3 fortnights\" is not a timescale"));
	}

	/** The PEP's timescales and the calendar module as the application has them. */
	@EnableConfigurationProperties(PepTimescalesProperties.class)
	@Import(PepTimescales.class)
	@ComponentScan(basePackageClasses = WorkingDays.class)
	@ConfigurationPropertiesScan(basePackageClasses = WorkingDays.class)
	static class Timescales {

	}

}
