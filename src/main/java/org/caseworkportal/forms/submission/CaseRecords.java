package org.caseworkportal.forms.submission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

import org.caseworkportal.forms.CaseRecord;
import org.caseworkportal.forms.PrefillSource;
import org.caseworkportal.people.ChildDetails;
import org.caseworkportal.people.ChildRecord;

/** Writes a child's case record as the facts forms prefill. */
final class CaseRecords {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private CaseRecords() {
	}

	static CaseRecord of(ChildRecord record) {
		ChildDetails details = record.details();
		Map<PrefillSource, String> facts = new EnumMap<>(PrefillSource.class);
		facts.put(PrefillSource.CHILD_FULL_NAME, record.child().fullName());
		facts.put(PrefillSource.CHILD_DATE_OF_BIRTH, record.child().dateOfBirthText());
		facts.put(PrefillSource.CHILD_UPN, record.child().upn());
		put(facts, PrefillSource.CHILD_SCHOOL, record.child().settingName());
		put(facts, PrefillSource.CHILD_PREFERRED_NAME, details.preferredName());
		put(facts, PrefillSource.CHILD_GENDER, details.gender());
		put(facts, PrefillSource.CHILD_ETHNICITY, details.ethnicity());
		put(facts, PrefillSource.CHILD_ADDRESS, details.homeAddress());
		put(facts, PrefillSource.CHILD_LEGAL_STATUS, details.legalStatus());
		put(facts, PrefillSource.CHILD_IN_CARE_SINCE, date(details.inCareSince()));
		put(facts, PrefillSource.CHILD_SDQ_SCORE, details.sdqScore() == null ? null : details.sdqScore().toPlainString());
		put(facts, PrefillSource.CHILD_YEAR_GROUP, details.yearGroup());
		put(facts, PrefillSource.SOCIAL_WORKER_NAME, record.socialWorkerName());
		put(facts, PrefillSource.VIRTUAL_SCHOOL_OFFICER_NAME, record.virtualSchoolOfficerName());
		return new CaseRecord(facts);
	}

	private static void put(Map<PrefillSource, String> facts, PrefillSource source, String value) {
		if (value != null && !value.isBlank()) {
			facts.put(source, value);
		}
	}

	private static String date(LocalDate date) {
		return date == null ? null : DATE.format(date);
	}

}
