package org.caseworkportal.pep;

/**
 * Someone a PEP email goes to.
 *
 * @param email their address
 * @param name their name for the greeting, or {@code null} for a shared mailbox such as a
 * setting's nominated email
 * @param home the portal path where they act on the PEP: {@code /professional} or {@code /staff}
 */
record PepRecipient(String email, String name, String home) {

	static final String PROFESSIONAL_HOME = "/professional";

	static final String STAFF_HOME = "/staff";

}
