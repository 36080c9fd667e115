package org.caseworkportal.pep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fewest answers with which a KS5 PEP ({@code forms/pep-ks5.form}) can be submitted: a Year 12
 * student at college, reviewed at her PEP meeting, staying on into Year 13, without an EHCP.
 */
public final class CompletePepAnswers {

	private CompletePepAnswers() {
	}

	/**
	 * The draft's answers (its meeting date, say) with every required question of a review
	 * meeting's PEP answered, and the date of the next PEP meeting.
	 */
	public static Map<String, Object> forReview(Map<String, Object> draftAnswers) {
		Map<String, Object> answers = new LinkedHashMap<>(draftAnswers);
		answers.putIfAbsent("meetingDate", "2030-03-04");
		answers.put("hasHazards", "no");
		answers.put("yearGroup", "year12");
		answers.put("eetStatus", "education");
		answers.put("educationType", "collegeAdvanced");
		answers.put("educationProviders", List.of(Map.of("providerName", "Riverside Sixth Form College")));
		answers.put("meetingReason", "review");
		answers.put("nextMeetingDate", "2030-09-16");
		answers.put("meetingSummary", "She has settled well and attends nearly every day.");
		answers.put("continueIntoYear13", "yes");
		answers.put("courseTitle", "A Levels in Psychology, Biology and Sociology");
		answers.put("engagement", "4");
		answers.put("wellbeing", "3");
		answers.put("behaviour", "4");
		answers.put("hasEhcp", "no");
		answers.put("attainment", "3");
		answers.put("academicProgress", "4");
		return answers;
	}

}
