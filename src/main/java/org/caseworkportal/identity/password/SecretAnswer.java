package org.caseworkportal.identity.password;

/**
 * An account's secret question and the hash of its answer, as stored. Made by
 * {@link SecretQuestions#protect}, checked by {@link SecretQuestions#answers}.
 */
public record SecretAnswer(SecretQuestion question, String answerHash) {

}
