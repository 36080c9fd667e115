package org.caseworkportal.people.settings;

/**
 * Someone a setting listed who has not joined it yet. {@code hasAccount} says they registered
 * before they were listed, so only an administrator adding them will link them. Public only so
 * that templates can read it.
 */
public record ListedRow(String name, String email, String jobTitle, String listed, boolean hasAccount) {

}
