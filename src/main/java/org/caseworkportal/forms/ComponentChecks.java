package org.caseworkportal.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules every component of a form must meet before the portal will start with it: a type the
 * portal can render, keys that cannot collide, options where options are needed, FEEL that parses
 * and the portal's own {@code properties} (see {@link PortalProperties}).
 */
class ComponentChecks {

	static final List<String> INPUT_TYPES = List.of("textfield", "textarea", "number", "datetime", "select",
			"radio", "checkbox", "checklist", "filepicker");

	static final List<String> SUPPORTED_TYPES = supportedTypes();

	private static final Set<String> TYPES_WITH_OPTIONS = Set.of("select", "radio", "checklist");

	private static final Set<String> CONTAINER_TYPES = Set.of("group", "dynamiclist");

	private static final Pattern KEY = Pattern.compile("\\w+(\\.\\w+)*");

	private final FeelExpressions feel;

	private final PortalProperties portalProperties = new PortalProperties();

	ComponentChecks(FeelExpressions feel) {
		this.feel = feel;
	}

	void check(String file, List<FormComponent> components) {
		Map<String, String> formScope = new HashMap<>();
		new Walk(file).checkComponents(components, "components", formScope, true);
		for (int i = 0; i < components.size(); i++) {
			FormComponent section = components.get(i);
			for (FormComponent list : CopyForward.rollingLists(section.components())) {
				String into = list.property(PortalProperties.COPY_FORWARD_INTO).orElseThrow();
				if (!formScope.containsKey(into) || CopyForward.listAt(components, into).isEmpty()) {
					throw new InvalidFormDefinitionException(file, describe(list, "components[" + i + "]"),
							"properties.copyForwardInto names \"" + into + "\", which is not the path of a repeating list outside groups with a path");
				}
			}
			for (String key : PortalProperties.requiredKeys(section)) {
				if (!formScope.containsKey(key)) {
					throw new InvalidFormDefinitionException(file, describe(section, "components[" + i + "]"),
							"properties.requires names \"" + key + "\", which is not the key of a question outside groups with a path and repeating lists");
				}
			}
		}
	}

	private static List<String> supportedTypes() {
		List<String> types = new ArrayList<>(List.of("group", "dynamiclist", "text"));
		types.addAll(INPUT_TYPES);
		return List.copyOf(types);
	}

	/** One pass over one file; remembers ids across the form and names within each scope. */
	private final class Walk {

		private final String file;

		private final Set<String> ids = new HashSet<>();

		private int nestedScopes;

		Walk(String file) {
			this.file = file;
		}

		/**
		 * A scope is where answers sit side by side: the form, a group with a path, or one item of a
		 * dynamic list. A group without a path shares its parent's scope.
		 */
		void checkScope(List<FormComponent> components, String at, boolean topLevel) {
			nestedScopes++;
			checkComponents(components, at, new HashMap<>(), topLevel);
			nestedScopes--;
		}

		private void checkComponents(List<FormComponent> components, String at, Map<String, String> names,
				boolean topLevel) {
			for (int i = 0; i < components.size(); i++) {
				checkComponent(components.get(i), at + "[" + i + "]", names, topLevel);
			}
		}

		private void checkComponent(FormComponent component, String location, Map<String, String> names,
				boolean topLevel) {
			Failure fail = reason -> new InvalidFormDefinitionException(file, describe(component, location), reason);
			String type = component.type();
			if (type == null || !SUPPORTED_TYPES.contains(type)) {
				throw fail.because("unsupported component type " + (type == null ? "(none)" : "\"" + type + "\"")
						+ "; supported: " + String.join(", ", SUPPORTED_TYPES));
			}
			if (component.id() != null && !ids.add(component.id())) {
				throw fail.because("id \"" + component.id() + "\" is used by another component of the form");
			}
			if (INPUT_TYPES.contains(type)) {
				claimName(component.key(), "key", location, names, fail);
			}
			if ("filepicker".equals(type) && nestedScopes > 0) {
				throw fail.because("a filepicker must be outside repeating lists and groups with a path");
			}
			if ("dynamiclist".equals(type) || ("group".equals(type) && component.path() != null)) {
				claimName(component.path(), "path", location, names, fail);
			}
			if (TYPES_WITH_OPTIONS.contains(type)) {
				checkOptions(component, fail);
			}
			checkFeel(component, fail);
			checkPattern(component, fail);
			portalProperties.problemWith(component, topLevel).ifPresent(reason -> {
				throw fail.because(reason);
			});
			if (!CONTAINER_TYPES.contains(type)) {
				if (!component.components().isEmpty()) {
					throw fail.because("only group and dynamiclist components may contain components");
				}
			}
			else if ("group".equals(type) && component.path() == null) {
				checkComponents(component.components(), location + ".components", names, false);
			}
			else {
				checkScope(component.components(), location + ".components", false);
			}
		}

		private void claimName(String name, String kind, String location, Map<String, String> names,
				Failure fail) {
			if (name == null || name.isBlank()) {
				throw fail.because("a " + kind + " is needed: answers are stored under it");
			}
			if (!KEY.matcher(name).matches()) {
				throw fail.because(kind + " \"" + name + "\" must be letters, digits and _ separated by dots");
			}
			String earlier = names.putIfAbsent(name, location);
			if (earlier != null) {
				throw fail.because(kind + " \"" + name + "\" is already used by " + earlier + " in the same scope");
			}
		}

		private void checkOptions(FormComponent component, Failure fail) {
			if (component.values().isEmpty()) {
				throw fail.because(component.type() + " needs values (its options)");
			}
			Set<String> seen = new HashSet<>();
			for (FormComponent.Option option : component.values()) {
				if (option.value() == null || option.value().isBlank()) {
					throw fail.because("an option has no value");
				}
				if (!seen.add(option.value())) {
					throw fail.because("option value \"" + option.value() + "\" appears twice");
				}
			}
		}

		private void checkFeel(FormComponent component, Failure fail) {
			component.hideCondition().ifPresent(expression -> feel.problemWith(expression).ifPresent(problem -> {
				throw fail.because("conditional.hide is not valid FEEL: " + problem);
			}));
			component.readonlyCondition().ifPresent(expression -> feel.problemWith(expression).ifPresent(problem -> {
				throw fail.because("readonly is not valid FEEL: " + problem);
			}));
		}

		private void checkPattern(FormComponent component, Failure fail) {
			String pattern = component.validate().pattern();
			if (pattern != null) {
				try {
					Pattern.compile(pattern);
				}
				catch (PatternSyntaxException e) {
					throw fail.because("validate.pattern is not a valid regular expression: " + e.getDescription());
				}
			}
		}

	}

	static String describe(FormComponent component, String location) {
		List<String> names = new ArrayList<>();
		if (component.id() != null) {
			names.add("id \"" + component.id() + "\"");
		}
		if (component.key() != null) {
			names.add("key \"" + component.key() + "\"");
		}
		if (component.path() != null) {
			names.add("path \"" + component.path() + "\"");
		}
		return names.isEmpty() ? location : location + " (" + String.join(", ", names) + ")";
	}

	@FunctionalInterface
	private interface Failure {

		InvalidFormDefinitionException because(String reason);

	}

}
