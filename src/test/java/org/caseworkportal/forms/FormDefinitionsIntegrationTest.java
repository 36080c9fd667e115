package org.caseworkportal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseworkportal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal starts with every definition in the real {@code forms/} folder. */
@PortalIntegrationTest
class FormDefinitionsIntegrationTest {

	@Autowired
	FormDefinitions definitions;

	@Test
	void theExampleFormIsFoundByKeyAndVersion() {
		assertThat(definitions.find("example-visit")).get().extracting(FormDefinition::version).isEqualTo(1);
		assertThat(definitions.find("example-visit", 1)).get()
			.satisfies(form -> assertThat(form.components()).extracting(FormComponent::label)
				.containsExactly("About the visit", "Actions"));
		assertThat(definitions.find("example-visit", 2)).isEmpty();
		assertThat(definitions.find("no-such-form")).isEmpty();
	}

}
