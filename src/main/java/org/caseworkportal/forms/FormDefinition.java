package org.caseworkportal.forms;

import java.util.List;
import java.util.Optional;

/**
 * One version of one form. A submission records {@link #key()} and {@link #version()} so it can
 * still be shown with the definition it was filled in against after the form changes.
 *
 * @param key the form's {@code id} in its Camunda Forms JSON
 * @param version the whole number in the form's {@code versionTag}
 * @param title the form's name for people, from the form's {@code properties.title}; the key when it has none
 * @param file the file the definition was read from, for messages
 * @param components the top-level components; sections are top-level groups
 */
public record FormDefinition(String key, int version, String title, String file, List<FormComponent> components) {

	public FormDefinition {
		components = List.copyOf(components);
	}

	/** The top-level groups: each is a section, one step of the form. */
	public List<FormComponent> sections() {
		return components.stream().filter(component -> "group".equals(component.type())).toList();
	}

	public Optional<FormComponent> section(String id) {
		return sections().stream().filter(section -> section.id().equals(id)).findFirst();
	}

}
