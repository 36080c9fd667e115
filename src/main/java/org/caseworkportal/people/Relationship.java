package org.caseworkportal.people;

/**
 * How a person is linked to one child. A {@code DELEGATED_PROFESSIONAL} was given work about the
 * child by name (a PEP to complete) and sees the child for it.
 */
public enum Relationship {

	VIRTUAL_SCHOOL_OFFICER, SOCIAL_WORKER, SEN_CASEWORKER, PARENT, DELEGATED_PROFESSIONAL

}
