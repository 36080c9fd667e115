package org.caseworkportal.forms.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caseworkportal.forms.FormComponent;
import org.caseworkportal.forms.FormDefinition;

/**
 * When a component of a blank printed form applies, in words: a form-js condition says when a
 * component is hidden, and a person filling in paper needs the opposite. The common shapes are
 * turned round and name the question and option by their labels ("Only if “Was the child seen?”
 * is “No”"); any other condition is printed as written, after "Shown unless:".
 */
public final class ConditionWording {

	private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern NOT_EQUAL = Pattern.compile("(" + KEY + ")\\s*!=\\s*\"([^\"]*)\"");

	private static final Pattern EQUAL = Pattern.compile("(" + KEY + ")\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern NOT_CONTAINS = Pattern
		.compile("not\\(\\s*list contains\\(\\s*(" + KEY + ")\\s*,\\s*\"([^\"]*)\"\\s*\\)\\s*\\)");

	private final Map<String, FormComponent> questionsByKey = new HashMap<>();

	public ConditionWording(FormDefinition definition) {
		collect(definition.components());
	}

	private void collect(List<FormComponent> components) {
		for (FormComponent component : components) {
			if (component.key() != null) {
				questionsByKey.putIfAbsent(component.key(), component);
			}
			collect(component.components());
		}
	}

	/** When the component applies, or "" when it always does. */
	public String of(FormComponent component) {
		return component.hideCondition().map(String::strip).map(this::whenShown).orElse("");
	}

	private String whenShown(String hideCondition) {
		Matcher matcher = NOT_EQUAL.matcher(hideCondition);
		if (matcher.matches()) {
			return onlyIf(matcher, "is");
		}
		matcher = EQUAL.matcher(hideCondition);
		if (matcher.matches()) {
			return onlyIf(matcher, "is not");
		}
		matcher = NOT_CONTAINS.matcher(hideCondition);
		if (matcher.matches()) {
			return onlyIf(matcher, "includes");
		}
		return "Shown unless: " + hideCondition;
	}

	private String onlyIf(Matcher keyAndValue, String relation) {
		String key = keyAndValue.group(1);
		String value = keyAndValue.group(2);
		FormComponent question = questionsByKey.get(key);
		String name = question == null || question.question() == null ? key : question.question();
		String option = question == null ? value : question.labelOf(value);
		return "Only if “" + name + "” " + relation + " “" + option + "”";
	}

}
