package org.caseworkportal.identity;

/**
 * Published when a person has proved they own their account's email address, in the transaction
 * that records it. Other features use it to link the account to what the address was listed for
 * (a school's nominated email, a Designated Teacher's address).
 */
public record AccountVerified(AccountId account, String email, Portal portal) {

}
