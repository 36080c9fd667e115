package org.caseworkportal.forms;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The components whose answers sit in a form's top scope: those at the top level and in groups
 * without a {@code path}, however deeply such groups nest.
 */
final class TopScope {

	private TopScope() {
	}

	static Optional<FormComponent> find(List<FormComponent> components, Predicate<FormComponent> wanted) {
		for (FormComponent component : components) {
			if (wanted.test(component)) {
				return Optional.of(component);
			}
			if ("group".equals(component.type()) && component.path() == null) {
				Optional<FormComponent> found = find(component.components(), wanted);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

}
