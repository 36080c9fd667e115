package org.caseworkportal.pep.trackers;

/**
 * How many PEPs are at a stage, linking to the list of them. Public only so that the template can
 * read it.
 *
 * @param current whether the list is filtered to this stage now
 */
public record StageCount(String label, String count, String href, boolean current) {
}
