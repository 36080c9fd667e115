package org.caseworkportal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** An application whose form folder holds a broken definition does not start. */
class BrokenFormStopsStartupTest {

	private final ApplicationContextRunner application = new ApplicationContextRunner()
		.withUserConfiguration(FormDefinitions.class);

	@Test
	void aBrokenFormStopsStartupNamingTheFileComponentAndReason() {
		application.withPropertyValues("portal.forms.location=classpath*:broken-forms/*.form")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidFormDefinitionException.class)
				.hasMessageStartingWith("unknown-type.form: components[0] (id \"Field_video\", key \"video\"): "
						+ "unsupported component type \"video\""));
	}

}
