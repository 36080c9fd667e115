package org.caseworkportal.pep;

import java.util.List;
import java.util.Map;

/**
 * The fewest answers that complete a KS5 PEP (forms/pep-ks5.form) held for review, for tests that
 * need a PEP submitted and finalised: a student at college with no hazards, no EHC plan and no
 * year group on record (so no plans for September are asked). Tests add them to the draft's own
 * answers, which hold the meeting date.
 */
public final class CompletePepAnswersForRecords {

	private CompletePepAnswersForRecords() {
	}

	public static Map<String, Object> answers() {
		return Map.ofEntries(Map.entry("hasHazards", "no"), Map.entry("eetStatus", "education"),
				Map.entry("educationType", "collegeAdvanced"),
				Map.entry("educationProviders", List.of(Map.of("providerName", "Riverside Demo Academy"))),
				Map.entry("meetingReason", "review"), Map.entry("meetingSummary", "Settled, attending well."),
				Map.entry("courseTitle", "A Levels"), Map.entry("engagement", "4"), Map.entry("wellbeing", "3"),
				Map.entry("behaviour", "4"), Map.entry("attainment", "3"), Map.entry("academicProgress", "4"),
				Map.entry("hasEhcp", "no"));
	}

}
