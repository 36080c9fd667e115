package org.caseworkportal.forms.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseworkportal.forms.PrefillSource;
import org.junit.jupiter.api.Test;

class SampleCaseRecordTest {

	@Test
	void hasASampleForEveryFactAFormCanPrefill() {
		assertThat(SampleCaseRecord.RECORD.facts()).containsOnlyKeys(PrefillSource.values());
	}

}
