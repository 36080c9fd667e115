package org.caseworkportal.forms;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caseworkportal.identity.Role;

/**
 * The entries of a component's {@code properties} map that this portal defines, for what the
 * form-js schema cannot say (see {@code forms/README.md}). Other entries are left alone.
 */
class PortalProperties {

	static final String MAX_REPEATS = "maxRepeats";

	static final String POINTS = "points";

	static final String COMPLETED_BY = "completedBy";

	static final String PREFILL = "prefill";

	static final String DECLARATION = "declaration";

	static final String REQUIRES = "requires";

	static final String COPY_FORWARD_INTO = "copyForwardInto";

	private static final Pattern POINTS_SCALE = Pattern.compile("(\\d{1,3})-(\\d{1,3})");

	private static final Set<String> PREFILLABLE = Set.of("textfield", "textarea", "number", "datetime", "select",
			"radio", "checkbox", "checklist");

	/** Why the component's portal properties are wrong, or empty if they are right. */
	Optional<String> problemWith(FormComponent component, boolean topLevel) {
		String type = component.type();
		Optional<String> maxRepeats = component.property(MAX_REPEATS);
		if ("dynamiclist".equals(type) && maxRepeats.isEmpty()) {
			return Optional.of("a dynamiclist needs properties.maxRepeats, the most items a person may add");
		}
		if (maxRepeats.isPresent()) {
			if (!"dynamiclist".equals(type)) {
				return onlyOn(MAX_REPEATS, "dynamiclist components");
			}
			if (!maxRepeats.get().matches("[1-9][0-9]{0,2}")) {
				return Optional.of("properties.maxRepeats must be a whole number from 1 to 999, not \""
						+ maxRepeats.get() + "\"");
			}
		}
		return component.property(POINTS).flatMap(scale -> pointsProblem(component, scale))
			.or(() -> component.property(COMPLETED_BY).flatMap(roles -> completedByProblem(component, topLevel, roles)))
			.or(() -> component.property(PREFILL).flatMap(source -> prefillProblem(component, source)))
			.or(() -> component.property(DECLARATION).flatMap(value -> declarationProblem(component, value)))
			.or(() -> component.property(REQUIRES).flatMap(keys -> requiresProblem(component, topLevel, keys)))
			.or(() -> component.property(COPY_FORWARD_INTO).flatMap(path -> "dynamiclist".equals(type) ? Optional.empty()
					: onlyOn(COPY_FORWARD_INTO, "dynamiclist components")));
	}

	/** The answer keys a section's {@code properties.requires} lists, in order. */
	static List<String> requiredKeys(FormComponent section) {
		return section.property(REQUIRES)
			.map(keys -> Arrays.stream(keys.split(",")).map(String::strip).filter(key -> !key.isEmpty()).toList())
			.orElse(List.of());
	}

	private static Optional<String> requiresProblem(FormComponent component, boolean topLevel, String keys) {
		if (!"group".equals(component.type()) || !topLevel) {
			return onlyOn(REQUIRES, "top-level group components (sections)");
		}
		if (requiredKeys(component).isEmpty()) {
			return Optional.of("properties.requires must list answer keys, separated by commas");
		}
		return Optional.empty();
	}

	private static Optional<String> pointsProblem(FormComponent component, String scale) {
		if (!Set.of("radio", "select", "number").contains(component.type())) {
			return onlyOn(POINTS, "radio, select and number components");
		}
		Matcher matcher = POINTS_SCALE.matcher(scale);
		if (!matcher.matches() || Integer.parseInt(matcher.group(1)) >= Integer.parseInt(matcher.group(2))) {
			return Optional.of("properties.points must be a scale like \"0-5\" (lowest-highest), not \"" + scale + "\"");
		}
		int lowest = Integer.parseInt(matcher.group(1));
		int highest = Integer.parseInt(matcher.group(2));
		for (FormComponent.Option option : component.values()) {
			if (!option.value().matches("\\d{1,3}") || Integer.parseInt(option.value()) < lowest
					|| Integer.parseInt(option.value()) > highest) {
				return Optional.of("option value \"" + option.value() + "\" is not a point on the scale " + scale);
			}
		}
		return Optional.empty();
	}

	private static Optional<String> completedByProblem(FormComponent component, boolean topLevel, String roles) {
		if (!"group".equals(component.type()) || !topLevel) {
			return onlyOn(COMPLETED_BY, "top-level group components (sections)");
		}
		List<String> known = Arrays.stream(Role.values()).map(Role::name).toList();
		for (String role : roles.split(",", -1)) {
			if (!known.contains(role.strip())) {
				return Optional.of("properties.completedBy names an unknown role \"" + role.strip() + "\"; roles: "
						+ String.join(", ", known));
			}
		}
		return Optional.empty();
	}

	private static Optional<String> prefillProblem(FormComponent component, String source) {
		if (!PREFILLABLE.contains(component.type())) {
			return onlyOn(PREFILL, "input components other than filepicker");
		}
		if (PrefillSource.named(source).isEmpty()) {
			return Optional.of("properties.prefill names an unknown source \"" + source + "\"; sources: "
					+ PrefillSource.allNames());
		}
		return Optional.empty();
	}

	private static Optional<String> declarationProblem(FormComponent component, String value) {
		if (!"checkbox".equals(component.type())) {
			return onlyOn(DECLARATION, "checkbox components");
		}
		if ("true".equals(value)) {
			return Optional.empty();
		}
		return Optional.of("properties.declaration must be \"true\", not \"" + value + "\"");
	}

	private static Optional<String> onlyOn(String property, String components) {
		return Optional.of("properties." + property + " is allowed only on " + components);
	}

}
