package org.caseworkportal.forms.gallery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.caseworkportal.forms.FormComponent;

/**
 * The rules of one question, group or repeating list of a form, in words for people who set forms
 * up rather than fill them in.
 *
 * @param within the groups and lists it sits in, outermost first; empty at the top of its section
 * @param readOnly whether and why it cannot be changed, such as the case record it is prefilled from
 * @param shownWhen when it applies, in words; empty when it always does
 */
public record QuestionRule(String question, String within, String type, boolean required, List<String> limits,
		String readOnly, String shownWhen) {

	public QuestionRule {
		limits = List.copyOf(limits);
	}

	static QuestionRule of(FormComponent component, String within, String shownWhen) {
		String question = component.question() == null ? component.key() : component.question();
		return new QuestionRule(question, within, typeOf(component), component.validate().required(),
				limitsOf(component), readOnlyOf(component), shownWhen);
	}

	private static String typeOf(FormComponent component) {
		switch (component.type()) {
			case "group":
				return "Group of questions";
			case "dynamiclist":
				return "Repeating list (“Add another”)";
			case "textfield":
				return "Text";
			case "textarea":
				return "Long text";
			case "number":
				return "Number";
			case "datetime":
				return "Date";
			case "radio", "select":
				return "One of: " + optionLabels(component);
			case "checklist":
				return "Any of: " + optionLabels(component);
			case "checkbox":
				return component.property("declaration").isPresent()
						? "Declaration (“I agree”), asked before submitting" : "Yes or no";
			case "filepicker":
				return component.multiple() ? "File uploads" : "File upload (one file)";
			default:
				return component.type();
		}
	}

	private static String optionLabels(FormComponent component) {
		return component.values().stream().map(FormComponent.Option::label).collect(Collectors.joining(", "));
	}

	private static List<String> limitsOf(FormComponent component) {
		FormComponent.Validate validate = component.validate();
		List<String> limits = new ArrayList<>();
		if (validate.min() != null && validate.max() != null) {
			limits.add("From " + plain(validate.min()) + " to " + plain(validate.max()));
		}
		else if (validate.min() != null) {
			limits.add("At least " + plain(validate.min()));
		}
		else if (validate.max() != null) {
			limits.add("At most " + plain(validate.max()));
		}
		if (validate.minLength() != null) {
			limits.add("At least " + validate.minLength() + " characters");
		}
		if (validate.maxLength() != null) {
			limits.add("Up to " + validate.maxLength() + " characters");
		}
		if (validate.pattern() != null) {
			limits.add("Must match the pattern " + validate.pattern());
		}
		component.property("maxRepeats").ifPresent(most -> limits.add("Up to " + most + " items"));
		component.property("points")
			.ifPresent(scale -> limits.add("Points scale from " + scale.replace("-", " to ")));
		return limits;
	}

	private static String plain(BigDecimal number) {
		return number.toPlainString();
	}

	private static String readOnlyOf(FormComponent component) {
		if (component.property("prefill").isPresent()) {
			return "Prefilled from the case record (" + component.property("prefill").get() + ")";
		}
		if (component.alwaysReadonly()) {
			return "Read-only";
		}
		return component.readonlyCondition().map(condition -> "Read-only when: " + condition).orElse("");
	}

}
