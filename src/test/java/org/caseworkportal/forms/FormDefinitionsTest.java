package org.caseworkportal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FormDefinitionsTest {

	@Test
	void keepsEveryVersionOfAFormNewestFirst() {
		FormDefinitions definitions = new FormDefinitions(List.of(version(1), version(3), version(2)));

		assertThat(definitions.versionsOf("visit")).extracting(FormDefinition::version).containsExactly(3, 2, 1);
		assertThat(definitions.latestVersions()).extracting(FormDefinition::version).containsExactly(3);
		assertThat(definitions.versionsOf("unknown")).isEmpty();
	}

	private static FormDefinition version(int version) {
		return new FormDefinition("visit", version, "Visit", "visit.v" + version + ".form", List.of());
	}

}
