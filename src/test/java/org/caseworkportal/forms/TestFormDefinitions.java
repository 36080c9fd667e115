package org.caseworkportal.forms;

/** Reads a form definition from its JSON for tests outside this package, checked as at startup. */
public final class TestFormDefinitions {

	private TestFormDefinitions() {
	}

	public static FormDefinition read(String json) {
		return new FormDefinitionReader(new FeelExpressions()).read("test.form", json);
	}

}
