package org.caseworkportal.people;

/** How a person is linked to one child. */
public enum Relationship {

	VIRTUAL_SCHOOL_OFFICER, SOCIAL_WORKER, SEN_CASEWORKER, PARENT

}
