package org.caseworkportal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form with its answers as the person sees it: the visible sections and what they show, and the
 * "I agree" declarations that are asked on the check-your-answers page rather than in a section.
 */
public final class FilledForm {

	private final FormDefinition definition;

	private final Map<String, Object> answers;

	private final List<ShownSection> sections;

	private final FormEvaluator evaluator;

	FilledForm(FormDefinition definition, Map<String, Object> answers, List<ShownSection> sections,
			FormEvaluator evaluator) {
		this.definition = definition;
		this.answers = answers;
		this.sections = List.copyOf(sections);
		this.evaluator = evaluator;
	}

	public FormDefinition definition() {
		return definition;
	}

	public Map<String, Object> answers() {
		return answers;
	}

	public List<ShownSection> sections() {
		return sections;
	}

	public Optional<ShownSection> section(String id) {
		return sections.stream().filter(section -> section.id().equals(id)).findFirst();
	}

	/** The declarations of the visible sections, each a checkbox the person must tick to submit. */
	public List<Question> declarations() {
		List<Question> declarations = new ArrayList<>();
		for (ShownSection section : sections) {
			collectDeclarations(section.group().components(), declarations);
		}
		return declarations;
	}

	private void collectDeclarations(List<FormComponent> components, List<Question> into) {
		for (FormComponent component : components) {
			if (evaluator.hidden(component, answers)) {
				continue;
			}
			if (isDeclaration(component)) {
				into.add(new Question(component, component.key(), answers.get(component.key()), false, false));
			}
			else if ("group".equals(component.type()) && component.path() == null) {
				collectDeclarations(component.components(), into);
			}
		}
	}

	static boolean isDeclaration(FormComponent component) {
		return "checkbox".equals(component.type()) && component.property(PortalProperties.DECLARATION).isPresent();
	}

}
