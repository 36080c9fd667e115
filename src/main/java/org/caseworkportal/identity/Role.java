package org.caseworkportal.identity;

/**
 * What a signed-in person may do. Staff roles work in the staff workspace; professionals and
 * parents use their own portals.
 */
public enum Role {

	VIRTUAL_SCHOOL("Virtual School officer", Portal.STAFF),
	SOCIAL_WORKER("Social worker", Portal.STAFF),
	SEN_CASEWORKER("SEN caseworker", Portal.STAFF),
	ADMIN("Administrator", Portal.STAFF),
	PROFESSIONAL("Professional", Portal.PROFESSIONAL),
	PARENT("Parent or carer", Portal.PARENT);

	private final String label;

	private final Portal portal;

	Role(String label, Portal portal) {
		this.label = label;
		this.portal = portal;
	}

	public String label() {
		return label;
	}

	public Portal portal() {
		return portal;
	}

	/** The Spring Security authority, as {@code hasRole(...)} expects it. */
	public String authority() {
		return "ROLE_" + name();
	}

}
