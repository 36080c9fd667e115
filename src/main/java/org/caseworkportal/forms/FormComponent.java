package org.caseworkportal.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One component of a form as Camunda Modeler saves it (form-js schema). Only the fields the portal
 * uses are kept; layout and other presentation fields of the schema are ignored.
 *
 * @param type the form-js component type, for example {@code textfield} or {@code dynamiclist}
 * @param id the component's id, unique in the form
 * @param key where an input's answer is stored, unique within its group or repeating item
 * @param path where a group's or dynamic list's answers are nested
 * @param label the question or section title
 * @param dateLabel the question of a {@code datetime} component, which form-js keeps apart from {@code label}
 * @param description the hint shown under the question
 * @param text the guidance of a {@code text} component
 * @param components the children of a {@code group} or {@code dynamiclist}
 * @param validate the rules an answer must meet
 * @param conditional when the component is hidden
 * @param readonly {@code true}, or a FEEL expression ({@code "=..."}) saying when it is read-only
 * @param values the options of a select, radio or checklist
 * @param multiple whether a {@code filepicker} takes more than one file
 * @param properties the custom properties documented in {@code forms/README.md}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FormComponent(String type, String id, String key, String path, String label, String dateLabel,
		String description, String text, List<FormComponent> components, Validate validate, Conditional conditional,
		Object readonly, List<Option> values, boolean multiple, Map<String, String> properties) {

	public FormComponent {
		components = components == null ? List.of() : List.copyOf(components);
		validate = validate == null ? Validate.NONE : validate;
		values = values == null ? List.of() : List.copyOf(values);
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}

	/** The question a person is asked: the {@code dateLabel} of a date, the {@code label} of anything else. */
	public String question() {
		return "datetime".equals(type) && dateLabel != null ? dateLabel : label;
	}

	/** The FEEL expression that hides this component, without its leading {@code =}. */
	public Optional<String> hideCondition() {
		return Optional.ofNullable(conditional).map(Conditional::hide).map(FormComponent::withoutEquals);
	}

	/** Whether the component is read-only whatever the answers. */
	public boolean alwaysReadonly() {
		return Boolean.TRUE.equals(readonly);
	}

	/** The FEEL expression that makes this component read-only, without its leading {@code =}. */
	public Optional<String> readonlyCondition() {
		return readonly instanceof String expression ? Optional.of(withoutEquals(expression)) : Optional.empty();
	}

	/** The label of the option with this value; the value itself when there is no such option. */
	public String labelOf(String value) {
		return values.stream().filter(option -> option.value().equals(value)).map(Option::label).findFirst().orElse(value);
	}

	/** One of the portal's custom properties. */
	public Optional<String> property(String name) {
		return Optional.ofNullable(properties.get(name));
	}

	private static String withoutEquals(String expression) {
		return expression.startsWith("=") ? expression.substring(1) : expression;
	}

	/** The form-js {@code validate} rules. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Validate(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
			String pattern) {

		static final Validate NONE = new Validate(false, null, null, null, null, null);

	}

	/** The form-js {@code conditional}: a FEEL expression that hides the component when true. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Conditional(String hide) {
	}

	/** An option of a select, radio or checklist. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Option(String label, String value) {
	}

}
