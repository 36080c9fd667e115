package org.caseworkportal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Works out, on the server, what a form shows for the answers given: which sections and questions
 * its FEEL conditions leave visible, which are read-only, and what the case record prefills. It
 * also clears answers that conditions now hide, so nothing stays behind a hidden question.
 */
@Component
public class FormEvaluator {

	private static final int MOST_CLEARING_ROUNDS = 50;

	private final FormConditions conditions = new FormConditions();

	public FilledForm evaluate(FormDefinition definition, Map<String, Object> answers, CaseRecord record) {
		List<ShownSection> sections = new ArrayList<>();
		for (FormComponent section : definition.sections()) {
			if (!hidden(section, answers)) {
				sections.add(new ShownSection(section, walk(section.components(), answers, answers, "", record)));
			}
		}
		return new FilledForm(definition, answers, sections, this);
	}

	/**
	 * The answers without any that a condition hides. Clearing one answer can hide another, so this
	 * repeats until nothing changes.
	 */
	public Map<String, Object> withoutHiddenAnswers(FormDefinition definition, Map<String, Object> answers) {
		Map<String, Object> current = Answers.deepCopy(answers);
		for (int round = 0; round < MOST_CLEARING_ROUNDS; round++) {
			Map<String, Object> cleared = Answers.deepCopy(current);
			clearHidden(definition.components(), cleared, Answers.deepCopy(current));
			if (cleared.equals(current)) {
				return cleared;
			}
			current = cleared;
		}
		throw new IllegalStateException("The conditions of form " + definition.key() + " do not settle");
	}

	boolean hidden(FormComponent component, Map<String, Object> variables) {
		return component.hideCondition().map(condition -> conditions.isTrue(condition, variables)).orElse(false);
	}

	boolean readonly(FormComponent component, Map<String, Object> variables) {
		return component.alwaysReadonly() || component.property(PortalProperties.PREFILL).isPresent()
				|| component.readonlyCondition().map(condition -> conditions.isTrue(condition, variables)).orElse(false);
	}

	private List<ShownItem> walk(List<FormComponent> components, Map<String, Object> scope,
			Map<String, Object> variables, String namePrefix, CaseRecord record) {
		List<ShownItem> shown = new ArrayList<>();
		for (FormComponent component : components) {
			if (hidden(component, variables) || FilledForm.isDeclaration(component)) {
				continue;
			}
			switch (component.type()) {
				case "text" -> shown.add(new Guidance(component.text()));
				case "group" -> shown.add(group(component, scope, variables, namePrefix, record));
				case "dynamiclist" -> shown.add(repeats(component, scope, variables, namePrefix, record));
				default -> shown.add(question(component, scope, variables, namePrefix, record));
			}
		}
		return shown;
	}

	private QuestionGroup group(FormComponent group, Map<String, Object> scope, Map<String, Object> variables,
			String namePrefix, CaseRecord record) {
		if (group.path() == null) {
			return new QuestionGroup(group.label(), walk(group.components(), scope, variables, namePrefix, record));
		}
		Map<String, Object> nested = Answers.mapAt(scope, group.path());
		return new QuestionGroup(group.label(), walk(group.components(), nested,
				Answers.variablesWithin(variables, nested), namePrefix + group.path() + ".", record));
	}

	private RepeatingGroup repeats(FormComponent list, Map<String, Object> scope, Map<String, Object> variables,
			String namePrefix, CaseRecord record) {
		String name = namePrefix + list.path();
		List<List<ShownItem>> items = new ArrayList<>();
		List<Map<String, Object>> stored = Answers.itemsAt(scope, list.path());
		for (int i = 0; i < stored.size(); i++) {
			Map<String, Object> item = stored.get(i);
			items.add(walk(list.components(), item, Answers.variablesWithin(variables, item), name + "[" + i + "].",
					record));
		}
		return new RepeatingGroup(list, name, items);
	}

	private Question question(FormComponent question, Map<String, Object> scope, Map<String, Object> variables,
			String namePrefix, CaseRecord record) {
		Object value = question.property(PortalProperties.PREFILL)
			.flatMap(PrefillSource::named)
			.<Object>map(record::valueOf)
			.orElseGet(() -> scope.get(question.key()));
		return new Question(question, namePrefix + question.key(), value, readonly(question, variables),
				question.property(PortalProperties.PREFILL).isPresent());
	}

	private void clearHidden(List<FormComponent> components, Map<String, Object> scope, Map<String, Object> variables) {
		for (FormComponent component : components) {
			if (hidden(component, variables)) {
				removeAnswersOf(component, scope);
			}
			else if ("group".equals(component.type()) && component.path() == null) {
				clearHidden(component.components(), scope, variables);
			}
			else if ("group".equals(component.type())) {
				Map<String, Object> nested = Answers.mapAt(scope, component.path());
				clearHidden(component.components(), nested, Answers.variablesWithin(variables, nested));
			}
			else if ("dynamiclist".equals(component.type())) {
				for (Map<String, Object> item : Answers.itemsAt(scope, component.path())) {
					clearHidden(component.components(), item, Answers.variablesWithin(variables, item));
				}
			}
		}
	}

	static void removeAnswersOf(FormComponent component, Map<String, Object> scope) {
		if ("group".equals(component.type()) && component.path() == null) {
			component.components().forEach(child -> removeAnswersOf(child, scope));
		}
		else if (component.path() != null) {
			scope.remove(component.path());
		}
		else if (component.key() != null) {
			scope.remove(component.key());
		}
	}

}
