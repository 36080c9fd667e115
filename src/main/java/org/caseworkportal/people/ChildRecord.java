package org.caseworkportal.people;

/**
 * A child's case record as forms prefill it: who the child is, the recorded facts, and the names
 * of the social worker and Virtual School officer linked to them (empty when none).
 */
public record ChildRecord(ChildSummary child, ChildDetails details, String socialWorkerName,
		String virtualSchoolOfficerName) {
}
