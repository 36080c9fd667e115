package org.caseworkportal.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo child's KS5 PEP as their Designated Teacher fills it in after the meeting: every question
 * the form requires for a student at a school sixth form, short answers that name the child, two
 * GCSE resits and two targets. Targets copied forward from the child's last PEP get their outcome.
 *
 * @param yearGroup {@code year12}, {@code year13} or {@code year14}: which plans-for-September
 *     questions the form asks
 * @param initial the child's first PEP in care: the baseline scores are asked "on entry"
 */
record DemoPepAnswers(String forename, String school, LocalDate meetingDate, String yearGroup, boolean initial,
		boolean hasEhcp) {

	/** When the next PEP meets: a term later, on a weekday. */
	LocalDate nextMeetingDate() {
		return weekday(meetingDate.plusMonths(4));
	}

	/** The day, or the Friday before it when it falls at a weekend: PEP meetings happen in school. */
	static LocalDate weekday(LocalDate day) {
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
			return day.minusDays(1);
		}
		return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
	}

	/** The answers the PEP was started with (the meeting date, anything copied forward), filled in. */
	Map<String, Object> over(Map<String, Object> started) {
		Map<String, Object> answers = new LinkedHashMap<>(started);
		answers.put("hasHazards", "no");
		answers.put("yearGroup", yearGroup);
		answers.put("eetStatus", "education");
		answers.put("educationType", "schoolSixthForm");
		answers.put("educationProviders", List.of(Map.of("providerName", school, "startDate", "2025-09-03")));
		answers.put("mainCarer", "Demo foster carer");
		answers.put("placementType", "localAuthorityFoster");
		answers.put("meetingDate", meetingDate.toString());
		answers.put("meetingReason", initial ? "initial" : "review");
		answers.put("nextMeetingDate", nextMeetingDate().toString());
		answers.put("attendees", forename + "; foster carer; Designated Teacher; social worker; Virtual School officer.");
		answers.put("meetingSummary", forename + " attends well and is settled at " + school
				+ ". Everyone agreed the targets below and the support for them.");
		answers.put("youngPersonViews", forename + " likes the sixth form and would like more help with revision.");
		answers.putAll(plansForSeptember());
		answers.put("courseTitle", "A Levels in English, History and Psychology");
		answers.put("courseLevel", "level3");
		answers.put("attendancePercentage", 95);
		answers.putAll(baseline("engagement", "4"));
		answers.putAll(baseline("wellbeing", "3"));
		answers.putAll(baseline("behaviour", "4"));
		answers.putAll(baseline("attainment", "3"));
		answers.putAll(baseline("academicProgress", "3"));
		answers.put("hasEhcp", hasEhcp ? "yes" : "no");
		if (hasEhcp) {
			answers.put("ehcpAttached", "yes");
			answers.put("ehcpNeeds", List.of("semh"));
		}
		answers.put("qualificationsStudying", List.of("gcse"));
		answers.put("gcseStudying", List.of(gcse("Mathematics", "5"), gcse("English Language", "6")));
		answers.put("previousTargets", outcomes(started.get("previousTargets")));
		answers.put("currentTargets", List.of(
				target("Complete a weekly revision timetable with the study skills adviser.", "no"),
				target("Attend the university open day in the summer term.", "yes")));
		answers.put("educationProgramme", forename + " studies three A Levels and resits GCSE Mathematics.");
		answers.put("educationFuture", forename + " would like to go to university.");
		return answers;
	}

	private Map<String, Object> plansForSeptember() {
		Map<String, Object> answers = new LinkedHashMap<>();
		if ("year12".equals(yearGroup)) {
			answers.put("continueIntoYear13", "yes");
		}
		else {
			answers.put("septemberDestination", "higherEducation");
			answers.put("ucasApplication", "yes");
			answers.put("careLeaverBursaryDiscussed", "yes");
			answers.put("applicationsAndOffers", "Applied to three universities through UCAS.");
		}
		answers.put("septemberSupport", "Help from the personal adviser with applications and bursaries.");
		return answers;
	}

	/** A 0 to 5 score: the "on entry" question at an initial PEP, the current one at a review. */
	private Map<String, Object> baseline(String key, String score) {
		return Map.of(initial ? key + "OnEntry" : key, score);
	}

	private static Map<String, Object> gcse(String subject, String predictedGrade) {
		return Map.of("subject", subject, "predictedGrade", predictedGrade, "onTarget", "yes");
	}

	private static Map<String, Object> target(String target, String needsFunding) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("target", target);
		answers.put("needsFunding", needsFunding);
		if ("yes".equals(needsFunding)) {
			answers.put("fundingType", "school");
		}
		return answers;
	}

	/** Last PEP's targets, as copied forward, with how each went. */
	private static List<Map<String, Object>> outcomes(Object copiedForward) {
		List<Map<String, Object>> targets = new ArrayList<>();
		if (copiedForward instanceof List<?> previous) {
			for (Object item : previous) {
				Map<String, Object> target = new LinkedHashMap<>();
				((Map<?, ?>) item).forEach((key, value) -> target.put(String.valueOf(key), value));
				boolean first = targets.isEmpty();
				target.put("achieved", first ? "achieved" : "partiallyAchieved");
				if (!first) {
					target.put("willContinue", "yes");
				}
				target.put("progressComment", first ? "Done every week this term." : "Went to one open day; one more planned.");
				targets.add(target);
			}
		}
		return targets;
	}

}
