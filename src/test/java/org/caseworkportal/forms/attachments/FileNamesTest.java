package org.caseworkportal.forms.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Uploaded files keep the names people gave them, less what could mislead or break a page. */
class FileNamesTest {

	@Test
	void folderPartsOfTheNameAreDropped() {
		assertThat(FileNames.forStorage("C:\\Users\\Sam\\Documents\\PEP report.pdf")).isEqualTo("PEP report.pdf");
		assertThat(FileNames.forStorage("../../etc/passwd")).isEqualTo("passwd");
	}

	@Test
	void controlAndInvisibleCharactersAreDropped() {
		assertThat(FileNames.forStorage("report\r\nSet-Cookie: x.pdf")).isEqualTo("reportSet-Cookie: x.pdf");
		assertThat(FileNames.forStorage("photo\u202Egnp.exe")).isEqualTo("photognp.exe");
	}

	@Test
	void accentsAndOtherAlphabetsAreKept() {
		assertThat(FileNames.forStorage("Zoë’s plan – año 2.docx")).isEqualTo("Zoë’s plan – año 2.docx");
	}

	@Test
	void aLongNameIsShortenedKeepingItsExtension() {
		String name = FileNames.forStorage("a".repeat(300) + ".pdf");

		assertThat(name).hasSize(FileNames.LONGEST).endsWith("aaa.pdf");
	}

	@Test
	void aNameWithNothingLeftBecomesFile() {
		assertThat(FileNames.forStorage("")).isEqualTo("file");
		assertThat(FileNames.forStorage(null)).isEqualTo("file");
		assertThat(FileNames.forStorage("uploads/..")).isEqualTo("file");
		assertThat(FileNames.forStorage("\u0000\u202E")).isEqualTo("file");
	}

}
