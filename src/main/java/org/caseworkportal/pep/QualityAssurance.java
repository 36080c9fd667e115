package org.caseworkportal.pep;

/**
 * The Virtual School's decision at quality assurance.
 *
 * @param comments for the school when returned; a note for the record when accepted
 * @param spotCheck whether an accepted PEP is spot-checked before the social worker finalises it
 */
public record QualityAssurance(boolean accepted, QualityRating rating, String comments, boolean spotCheck) {
}
