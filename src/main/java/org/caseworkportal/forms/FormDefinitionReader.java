package org.caseworkportal.forms;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns the text of one {@code .form} file into a checked {@link FormDefinition}. */
class FormDefinitionReader {

	private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private final ComponentChecks componentChecks;

	FormDefinitionReader(FeelExpressions feel) {
		this.componentChecks = new ComponentChecks(feel);
	}

	/**
	 * @throws InvalidFormDefinitionException naming the file, the component and the reason
	 */
	FormDefinition read(String file, String text) {
		CamundaForm form = parse(file, text);
		if (!"default".equals(form.type())) {
			throw new InvalidFormDefinitionException(file, null,
					"type must be \"default\" (a Camunda Form), not " + quoted(form.type()));
		}
		if (form.id() == null || form.id().isBlank()) {
			throw new InvalidFormDefinitionException(file, null, "the form has no id; the id is the form's key");
		}
		if (form.components() == null) {
			throw new InvalidFormDefinitionException(file, null, "the form has no components");
		}
		componentChecks.check(file, form.components());
		String title = form.properties() == null ? null : form.properties().get("title");
		return new FormDefinition(form.id(), versionOf(file, form.versionTag()),
				title == null || title.isBlank() ? form.id() : title, file, form.components());
	}

	private CamundaForm parse(String file, String text) {
		try {
			return json.readValue(text, CamundaForm.class);
		}
		catch (JacksonException e) {
			JsonLocation at = e.getLocation();
			String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
			throw new InvalidFormDefinitionException(file, null, "not valid Camunda Forms JSON" + where + ": "
					+ e.getOriginalMessage());
		}
	}

	private static int versionOf(String file, String versionTag) {
		if (versionTag != null && versionTag.matches("[1-9][0-9]{0,8}")) {
			return Integer.parseInt(versionTag);
		}
		throw new InvalidFormDefinitionException(file, null,
				"versionTag must be a whole number from 1, like \"1\", not " + quoted(versionTag));
	}

	private static String quoted(String value) {
		return value == null ? "missing" : "\"" + value + "\"";
	}

	/** The top level of a Camunda Forms file; {@code exporter}, {@code schemaVersion} and the like are ignored. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record CamundaForm(String id, String type, String versionTag, List<FormComponent> components,
			Map<String, String> properties) {
	}

}
