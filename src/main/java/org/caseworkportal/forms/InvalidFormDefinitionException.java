package org.caseworkportal.forms;

import java.util.Optional;

/**
 * A form definition the portal cannot use. Thrown at startup so that a broken file in
 * {@code forms/} stops the portal with a message naming the file, the component and the reason,
 * instead of failing later in front of a user.
 */
public class InvalidFormDefinitionException extends RuntimeException {

	private final String file;

	private final String component;

	private final String reason;

	InvalidFormDefinitionException(String file, String component, String reason) {
		super(file + (component == null ? "" : ": " + component) + ": " + reason);
		this.file = file;
		this.component = component;
		this.reason = reason;
	}

	public String file() {
		return file;
	}

	/** Where in the file, for example {@code components[1].components[0] (id "Field_1", key "name")}. */
	public Optional<String> component() {
		return Optional.ofNullable(component);
	}

	public String reason() {
		return reason;
	}

}
