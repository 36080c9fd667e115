package org.caseworkportal.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Starts a new submission from the same child's previous one. Uploaded files stay with the
 * submission they were uploaded to. A repeating list with {@code properties.copyForwardInto} rolls
 * into the list it names and starts empty: last PEP's current targets become this PEP's previous
 * targets, which the product in seed 002 says it cannot do.
 */
@Component
public class CopyForward {

	private final FormEvaluator evaluator;

	public CopyForward(FormEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	public Map<String, Object> answersFrom(Map<String, Object> previous, FormDefinition form) {
		Map<String, Object> answers = Answers.deepCopy(previous);
		withoutUploads(form.components(), answers);
		for (FormComponent list : rollingLists(form.components())) {
			String into = list.property(PortalProperties.COPY_FORWARD_INTO).orElseThrow();
			FormComponent target = listAt(form.components(), into).orElseThrow();
			List<Map<String, Object>> rolled = new ArrayList<>();
			for (Map<String, Object> item : Answers.itemsAt(answers, list.path())) {
				Map<String, Object> kept = new LinkedHashMap<>();
				target.components().stream()
					.map(FormComponent::key)
					.filter(item::containsKey)
					.forEach(key -> kept.put(key, item.get(key)));
				rolled.add(kept);
			}
			answers.put(into, rolled);
			answers.remove(list.path());
		}
		return evaluator.withoutHiddenAnswers(form, answers);
	}

	/** The repeating lists in the form's top scope that roll forward into another. */
	static List<FormComponent> rollingLists(List<FormComponent> components) {
		List<FormComponent> lists = new ArrayList<>();
		for (FormComponent component : components) {
			if ("dynamiclist".equals(component.type()) && component.property(PortalProperties.COPY_FORWARD_INTO).isPresent()) {
				lists.add(component);
			}
			else if ("group".equals(component.type()) && component.path() == null) {
				lists.addAll(rollingLists(component.components()));
			}
		}
		return lists;
	}

	static Optional<FormComponent> listAt(List<FormComponent> components, String path) {
		return TopScope.find(components, component -> "dynamiclist".equals(component.type()) && path.equals(component.path()));
	}

	private static void withoutUploads(List<FormComponent> components, Map<String, Object> scope) {
		for (FormComponent component : components) {
			if ("filepicker".equals(component.type())) {
				scope.remove(component.key());
			}
			else if ("group".equals(component.type()) && component.path() == null) {
				withoutUploads(component.components(), scope);
			}
			else if ("group".equals(component.type())) {
				withoutUploads(component.components(), Answers.mapAt(scope, component.path()));
			}
			else if ("dynamiclist".equals(component.type())) {
				Answers.itemsAt(scope, component.path()).forEach(item -> withoutUploads(component.components(), item));
			}
		}
	}

}
