package org.caseworkportal.ehcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseworkportal.calendar.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/** The settings in application.yml reach the EHC assessment's timescales. */
class EhcTimescalesSettingsTest {

	private final ApplicationContextRunner application = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(Timescales.class);

	@Test
	void theDefaultsRemindAWeekBeforeAt9amAndFallDueAt5pm() {
		application.run(context -> {
			EhcTimescales timescales = context.getBean("ehcTimescales", EhcTimescales.class);
			assertThat(timescales.dueDate("decideToAssess", "2026-01-05")).isEqualTo("2026-02-16T17:00:00+00:00");
			assertThat(timescales.reminderDate("decideToAssess", "2026-01-05")).isEqualTo("2026-02-09T09:00:00+00:00");
		});
	}

	@Test
	void anAuthorityChangesWhenRemindersGo() {
		application.withPropertyValues("portal.ehcp.timescales.reminder-before=5 working days")
			.run(context -> assertThat(context.getBean(EhcTimescales.class).reminderDate("decideToAssess", "2026-01-05"))
				.isEqualTo("2026-02-09T09:00:00+00:00"));
		application.withPropertyValues("portal.ehcp.timescales.reminder-before=2 weeks")
			.run(context -> assertThat(context.getBean(EhcTimescales.class).reminderDate("decideToAssess", "2026-01-05"))
				.isEqualTo("2026-02-02T09:00:00+00:00"));
	}

	/** The EHC assessment's timescales and the calendar module as the application has them. */
	@EnableConfigurationProperties(EhcTimescalesProperties.class)
	@Import(EhcTimescales.class)
	@ComponentScan(basePackageClasses = WorkingDays.class)
	@ConfigurationPropertiesScan(basePackageClasses = WorkingDays.class)
	static class Timescales {

	}

}
