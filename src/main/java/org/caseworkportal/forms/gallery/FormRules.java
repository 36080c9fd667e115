package org.caseworkportal.forms.gallery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.caseworkportal.forms.FormComponent;
import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.pdf.ConditionWording;
import org.caseworkportal.identity.Role;

/**
 * Walks a form definition, every section and question including those its conditions hide, into
 * the rules the gallery lists.
 */
final class FormRules {

	private FormRules() {
	}

	static List<SectionRules> of(FormDefinition definition) {
		ConditionWording wording = new ConditionWording(definition);
		List<SectionRules> sections = new ArrayList<>();
		for (FormComponent section : definition.sections()) {
			List<QuestionRule> questions = new ArrayList<>();
			collect(section.components(), "", wording, questions);
			sections.add(new SectionRules(section.id(), section.label(), wording.of(section), completedBy(section),
					answerFirst(definition, section), questions));
		}
		return sections;
	}

	private static void collect(List<FormComponent> components, String within, ConditionWording wording,
			List<QuestionRule> into) {
		for (FormComponent component : components) {
			if ("text".equals(component.type())) {
				continue;
			}
			boolean container = !component.components().isEmpty();
			if (!container || component.label() != null) {
				into.add(QuestionRule.of(component, within, wording.of(component)));
			}
			if (container) {
				String label = component.label() == null ? within
						: within.isEmpty() ? component.label() : within + " › " + component.label();
				collect(component.components(), label, wording, into);
			}
		}
	}

	private static String completedBy(FormComponent section) {
		return section.property("completedBy")
			.map(roles -> Arrays.stream(roles.split(","))
				.map(role -> Role.valueOf(role.strip()).label())
				.collect(Collectors.joining(", ")))
			.orElse("");
	}

	private static List<String> answerFirst(FormDefinition definition, FormComponent section) {
		return section.property("requires")
			.map(keys -> Arrays.stream(keys.split(","))
				.map(String::strip)
				.filter(key -> !key.isEmpty())
				.map(key -> questionWithKey(definition.components(), key).map(FormComponent::question).orElse(key))
				.toList())
			.orElse(List.of());
	}

	private static Optional<FormComponent> questionWithKey(List<FormComponent> components, String key) {
		for (FormComponent component : components) {
			if (key.equals(component.key())) {
				return Optional.of(component);
			}
			Optional<FormComponent> found = questionWithKey(component.components(), key);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

}
