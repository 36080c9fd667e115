package org.caseworkportal.forms.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileSizesTest {

	@Test
	void sizesAreShownInTheLargestUnitThatReadsNaturally() {
		assertThat(FileSizes.text(1)).isEqualTo("1 byte");
		assertThat(FileSizes.text(850)).isEqualTo("850 bytes");
		assertThat(FileSizes.text(15 * 1024 + 100)).isEqualTo("15 KB");
		assertThat(FileSizes.text(2_411_725)).isEqualTo("2.3 MB");
		assertThat(FileSizes.text(10L * 1024 * 1024)).isEqualTo("10 MB");
	}

}
