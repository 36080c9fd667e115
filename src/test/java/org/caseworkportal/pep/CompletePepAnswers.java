package org.caseworkportal.pep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fewest answers with which a KS5 PEP (forms/pep-ks5.form) can be submitted: every required
 * question of every section a student in education sees, for a review meeting, with no targets.
 * The questions for a Year 12 and a Year 13 student are both answered, since the child's year
 * group (from the case record) decides which show; hidden answers are not checked.
 */
public final class CompletePepAnswers {

	private CompletePepAnswers() {
	}

	/** What the PEP has already (its meeting date, say) with every missing required answer added. */
	public static Map<String, Object> over(Map<String, Object> existing) {
		Map<String, Object> answers = new LinkedHashMap<>(existing);
		answers.putIfAbsent("meetingDate", "2030-03-04");
		answers.put("hasHazards", "no");
		answers.put("eetStatus", "education");
		answers.put("educationType", "schoolSixthForm");
		answers.put("educationProviders", List.of(Map.of("providerName", "Riverside Demo Academy")));
		answers.put("meetingReason", "review");
		answers.put("meetingSummary", "We reviewed the targets and agreed new ones for the summer term.");
		answers.put("continueIntoYear13", "yes");
		answers.put("septemberDestination", "furtherEducation");
		answers.put("courseTitle", "A Levels in Biology, Chemistry and Psychology");
		answers.put("engagement", "4");
		answers.put("wellbeing", "4");
		answers.put("behaviour", "5");
		answers.put("attainment", "3");
		answers.put("academicProgress", "4");
		answers.put("hasEhcp", "no");
		return answers;
	}

}
