package org.caseworkportal.people.settings;

/** A member of a setting as its page lists them. Public only so that templates can read it. */
public record MemberRow(String name, String email, String jobTitle, String added, String removeHref) {

}
