package org.caseworkportal.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A full KS5 Personal Education Plan (forms/pep-ks5.form) as a Virtual School officer fills it in
 * for a Year 12 student at college after a review meeting: every section she can see answered,
 * long answers about a thousand characters each, five previous and five current targets, and the
 * qualifications she studies and has achieved.
 */
final class FullPepAnswers {

	/** The sections a student in education sees, in the form's order. */
	static final List<String> SECTIONS = List.of("Group_personal_information", "Group_hazards",
			"Group_current_activity", "Group_care_details", "Group_additional_information", "Group_amendments",
			"Group_pep_meeting", "Group_summary", "Group_plans_for_september", "Group_education_training_details",
			"Group_engagement", "Group_health_and_emotional", "Group_ehcp", "Group_qualifications",
			"Group_action_plans", "Group_part3_education", "Group_supporting_documentation");

	private static final List<String> SENTENCES = List.of(
			"Isla has settled well into her second term at Riverside Sixth Form College and attends nearly every day.",
			"Her tutor reports that she is punctual, organised and contributes thoughtfully in seminars.",
			"She finds the written coursework in psychology demanding and has asked for help with essay structure.",
			"Her foster carer supports her with a quiet place to study and checks in about deadlines each week.",
			"The designated teacher has arranged a weekly session with the study skills adviser on Thursday afternoons.",
			"Isla said she would like to study nursing or midwifery at university and wants to visit open days in the summer.",
			"She has been anxious before mock examinations and the college counsellor has offered her six sessions.",
			"Pupil premium plus funding has paid for a laptop, revision guides and travel to the college open evening.",
			"Her social worker confirmed that contact arrangements are stable and do not clash with her timetable.",
			"Attendance this term is 94 percent, with two absences for medical appointments that were agreed in advance.",
			"She has joined the college netball team and says that it helps her to make friends outside her course.",
			"Everyone at the meeting agreed that the targets below are realistic and will be reviewed in six months.");

	private FullPepAnswers() {
	}

	static Map<String, Object> answers() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("hasHazards", "no");
		answers.put("yearGroup", "year12");
		answers.put("eetStatus", "education");
		answers.put("educationType", "collegeAdvanced");
		answers.put("educationProviders", List.of(Map.of("providerName", "Riverside Sixth Form College", "startDate", "2025-09-03")));
		answers.put("mainCarer", "Mrs Joanne Hartley (foster carer)");
		answers.put("placementType", "localAuthorityFoster");
		answers.put("placementStartDate", "2023-05-15");
		answers.put("carerPhone", "01632 960 481");
		answers.put("personalAdviser", "Daniel Okafor");
		answers.put("additionalInformation", prose(0));
		answers.put("pupilInformationAmendments", prose(1));
		answers.put("meetingDate", "2026-03-12");
		answers.put("meetingReason", "review");
		answers.put("nextMeetingDate", "2026-09-17");
		answers.put("nextMeetingTime", "10:30");
		answers.put("nextMeetingVenue", "Riverside Sixth Form College, meeting room 2");
		answers.put("attendees", "Isla Placewood; Mrs Joanne Hartley, foster carer; Ms Priya Shah, designated teacher; "
				+ "Mr Tom Reed, social worker; Ms Alison Webb, Virtual School officer; Daniel Okafor, personal adviser.");
		answers.put("meetingSummary", prose(2));
		answers.put("youngPersonViews", prose(3));
		answers.put("agreements", prose(4));
		answers.put("continueIntoYear13", "changing");
		answers.put("year13Plans", prose(5));
		answers.put("septemberSupport", prose(6));
		answers.put("courseTitle", "A Levels in Psychology, Biology and Sociology with BTEC Health and Social Care");
		answers.put("courseLevel", "level3");
		answers.put("courseStartDate", "2025-09-03");
		answers.put("courseEndDate", "2027-06-30");
		answers.put("hoursPerWeek", 18);
		answers.put("attendancePercentage", 94);
		answers.put("receivesBursary", "yes");
		answers.put("engagement", "4");
		answers.put("engagementComments", prose(7));
		answers.put("sdqComments", prose(8));
		answers.put("wellbeing", "3");
		answers.put("behaviour", "4");
		answers.put("hasEhcp", "yes");
		answers.put("ehcpAttached", "yes");
		answers.put("provisionPlanAttached", "no");
		answers.put("ehcpFinalisedDate", "2022-11-08");
		answers.put("ehcpNeeds", List.of("semh", "slcn"));
		answers.putAll(qualifications());
		answers.put("previousTargets", previousTargets());
		answers.put("currentTargets", currentTargets());
		answers.put("educationProgramme", prose(9));
		answers.put("educationBursary", prose(10));
		answers.put("educationAchievements", prose(11));
		answers.put("educationFuture", prose(12));
		answers.put("educationAnythingElse", prose(13));
		return answers;
	}

	private static Map<String, Object> qualifications() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("attainment", "3");
		answers.put("academicProgress", "4");
		answers.put("qualificationsStudying", List.of("aLevel", "functionalSkills", "btec"));
		answers.put("aLevelStudying", List.of(studying("Psychology", "b", "yes"), studying("Biology", "c", "no"),
				studying("Sociology", "b", "yes")));
		answers.put("btecStudying", List.of(studying("Health and Social Care", "merit", "yes")));
		answers.put("functionalSkillsStudying", List.of(studying("Mathematics", "level2", "yes")));
		answers.put("qualificationsAchieved", List.of("gcse", "functionalSkills"));
		List<Map<String, Object>> gcses = new ArrayList<>();
		String[][] results = { { "English Language", "6" }, { "English Literature", "5" }, { "Mathematics", "3" },
				{ "Combined Science", "5" }, { "History", "6" }, { "Religious Studies", "7" }, { "Art and Design", "5" },
				{ "Spanish", "4" } };
		for (String[] result : results) {
			gcses.add(Map.of("subject", result[0], "result", result[1], "dateAchieved", "2025-08-21", "proofOfResult", "yes"));
		}
		answers.put("gcseAchieved", gcses);
		answers.put("functionalSkillsAchieved", List.of(Map.of("subject", "English", "result", "level2", "dateAchieved",
				"2025-06-12", "proofOfResult", "yes")));
		List<Map<String, Object>> year11 = new ArrayList<>();
		for (String[] result : results) {
			year11.add(Map.of("subject", result[0], "grade", result[1]));
		}
		year11.add(Map.of("subject", "Functional Skills English", "grade", "Level 2"));
		answers.put("year11Results", year11);
		return answers;
	}

	private static Map<String, Object> studying(String subject, String predictedGrade, String onTarget) {
		return Map.of("subject", subject, "predictedGrade", predictedGrade, "onTarget", onTarget);
	}

	private static List<Map<String, Object>> previousTargets() {
		String[] achieved = { "achieved", "partiallyAchieved", "inProgress", "notAchieved", "partiallyAchieved" };
		List<Map<String, Object>> targets = new ArrayList<>();
		for (int i = 0; i < achieved.length; i++) {
			Map<String, Object> target = new LinkedHashMap<>();
			target.put("target", prose(20 + i));
			target.put("achieved", achieved[i]);
			if (!"achieved".equals(achieved[i])) {
				target.put("willContinue", i % 2 == 0 ? "yes" : "no");
			}
			target.put("outcome", prose(30 + i));
			target.put("progressComment", prose(40 + i));
			targets.add(target);
		}
		return targets;
	}

	private static List<Map<String, Object>> currentTargets() {
		List<Map<String, Object>> targets = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Map<String, Object> target = new LinkedHashMap<>();
			target.put("target", prose(50 + i));
			target.put("achieveBy", "2026-0" + (5 + i % 3) + "-1" + i);
			target.put("how", prose(60 + i));
			target.put("needsFunding", i < 2 ? "yes" : "no");
			if (i < 2) {
				target.put("fundingType", "school");
			}
			targets.add(target);
		}
		return targets;
	}

	/** About a thousand characters of notes, different for each {@code seed}. */
	private static String prose(int seed) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; text.length() < 1000; i++) {
			text.append(i == 0 ? "" : " ").append(SENTENCES.get((seed + i * 5) % SENTENCES.size()));
		}
		return text.toString();
	}

}
