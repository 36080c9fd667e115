package org.caseworkportal.forms.gallery;

import java.util.EnumMap;
import java.util.Map;

import org.caseworkportal.forms.CaseRecord;
import org.caseworkportal.forms.PrefillSource;

/**
 * A case record of obviously made-up facts, one for every {@link PrefillSource}, so a preview
 * shows what each prefilled answer looks like without showing any real child.
 */
final class SampleCaseRecord {

	static final CaseRecord RECORD = new CaseRecord(facts());

	private SampleCaseRecord() {
	}

	private static Map<PrefillSource, String> facts() {
		Map<PrefillSource, String> facts = new EnumMap<>(PrefillSource.class);
		facts.put(PrefillSource.CHILD_FULL_NAME, "Sample Child");
		facts.put(PrefillSource.CHILD_PREFERRED_NAME, "Sample");
		facts.put(PrefillSource.CHILD_DATE_OF_BIRTH, "1 January 2010");
		facts.put(PrefillSource.CHILD_UPN, "A000000000000");
		facts.put(PrefillSource.CHILD_GENDER, "Sample gender");
		facts.put(PrefillSource.CHILD_ETHNICITY, "Sample ethnicity");
		facts.put(PrefillSource.CHILD_ADDRESS, "1 Sample Street, Sampletown, AA1 1AA");
		facts.put(PrefillSource.CHILD_SCHOOL, "Sample School");
		facts.put(PrefillSource.CHILD_YEAR_GROUP, "Year 12");
		facts.put(PrefillSource.CHILD_LEGAL_STATUS, "Sample legal status");
		facts.put(PrefillSource.CHILD_IN_CARE_SINCE, "1 September 2020");
		facts.put(PrefillSource.CHILD_SDQ_SCORE, "12");
		facts.put(PrefillSource.SOCIAL_WORKER_NAME, "Sample Social Worker");
		facts.put(PrefillSource.VIRTUAL_SCHOOL_OFFICER_NAME, "Sample Virtual School Officer");
		return facts;
	}

}
