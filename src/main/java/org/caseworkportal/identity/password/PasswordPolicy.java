package org.caseworkportal.identity.password;

/** Which password rules the portal enforces ({@code portal.passwords.policy}); README.md compares them. */
enum PasswordPolicy {

	/**
	 * OWASP ASVS Level 2 and NCSC guidance: long passwords, any characters, no common or easily
	 * guessed ones, nothing containing the person's name or email address, no composition rules.
	 */
	STANDARD,

	/**
	 * The rules of the products in the seeds, for an authority that must match its old system:
	 * composition rules for everyone, and password history for parents.
	 */
	SEED_COMPATIBLE

}
