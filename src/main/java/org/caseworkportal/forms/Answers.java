package org.caseworkportal.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers are a tree as form-js keeps them: a map by key at each scope, a nested map under a
 * group's {@code path}, a list of maps under a dynamic list's {@code path}. These helpers read and
 * copy that tree without trusting its shape, since it comes back from the database as JSON.
 */
final class Answers {

	private Answers() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> mapAt(Map<String, Object> scope, String path) {
		return scope.get(path) instanceof Map<?, ?> nested ? (Map<String, Object>) nested : new LinkedHashMap<>();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> itemsAt(Map<String, Object> scope, String path) {
		List<Map<String, Object>> items = new ArrayList<>();
		if (scope.get(path) instanceof List<?> list) {
			for (Object item : list) {
				items.add(item instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>());
			}
		}
		return items;
	}

	/** What a condition inside a nested scope sees: the outer answers, shadowed by the scope's own. */
	static Map<String, Object> variablesWithin(Map<String, Object> outer, Map<String, Object> scope) {
		Map<String, Object> variables = new LinkedHashMap<>(outer);
		variables.putAll(scope);
		return variables;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> deepCopy(Map<String, Object> answers) {
		Map<String, Object> copy = new LinkedHashMap<>();
		answers.forEach((key, value) -> copy.put(key, copyOf(value)));
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static Object copyOf(Object value) {
		if (value instanceof Map<?, ?> map) {
			return deepCopy((Map<String, Object>) map);
		}
		if (value instanceof List<?> list) {
			return new ArrayList<>(list.stream().map(Answers::copyOf).toList());
		}
		return value;
	}

}
