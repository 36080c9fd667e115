package org.caseworkportal.identity;

import java.util.Arrays;
import java.util.Optional;

/** Who may open an account themselves, with the part of the registration pages' address that names them. */
enum Registrant {

	PROFESSIONAL("professional", Role.PROFESSIONAL), PARENT("parent", Role.PARENT);

	private final String path;

	private final Role role;

	Registrant(String path, Role role) {
		this.path = path;
		this.role = role;
	}

	static Optional<Registrant> fromPath(String path) {
		return Arrays.stream(values()).filter(registrant -> registrant.path.equals(path)).findFirst();
	}

	/** Where this registrant's pages start, e.g. {@code /register/professional}. */
	String start() {
		return "/register/" + path;
	}

	Role role() {
		return role;
	}

	Portal portal() {
		return role.portal();
	}

	boolean givesWorkDetails() {
		return this == PROFESSIONAL;
	}

}
