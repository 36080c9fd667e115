package org.caseworkportal.forms.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.People;
import org.caseworkportal.people.TestSchools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Files uploaded to a submission come back exactly as uploaded; files refused leave nothing behind. */
@PortalIntegrationTest
class AttachmentsIntegrationTest {

	@Autowired
	Attachments attachments;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	long submission;

	long teacher;

	@BeforeEach
	void aSubmissionByATeacher() {
		ChildId child = people.addChild(TestSchools.aChildAt(people.addSetting(TestSchools.aSchool())));
		AccountId account = accounts.open(TestSchools.aProfessional(TestSchools.uniqueEmail("dt")),
				TestSchools.PASSWORD);
		teacher = account.value();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into form_submission (child_id, form_key, form_version, status, answers, completed_sections,
				revision, created_by, created_at, updated_by, updated_at)
				values (:child, 'example-visit', 1, 'DRAFT', '{}', '', 1, :teacher, :now, :teacher, :now)""")
			.param("child", child.value())
			.param("teacher", teacher)
			.param("now", Timestamp.from(Instant.now()))
			.update(keys, "id");
		submission = keys.getKey().longValue();
	}

	@Test
	void aStoredPdfIsListedReadBackUnchangedAndDeleted() {
		byte[] pdf = TestFiles.pdf();

		StoredFile stored = attachments.store(submission, "supportingDocuments", "C:\\scans\\Attendance report.pdf",
				pdf, teacher);

		assertThat(stored.fileName()).isEqualTo("Attendance report.pdf");
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		assertThat(attachments.of(submission)).containsExactly(stored);
		assertThat(attachments.find(stored.id())).contains(stored);
		assertThat(attachments.namesOf(submission)).containsExactly(
				Map.entry(String.valueOf(stored.id()), "Attendance report.pdf"));
		assertThat(attachments.content(stored.id())).isEqualTo(pdf);

		attachments.delete(stored.id());

		assertThat(attachments.of(submission)).isEmpty();
		assertThat(attachments.find(stored.id())).isEmpty();
	}

	@Test
	void aWordDocumentIsKeptAsOne() {
		StoredFile stored = attachments.store(submission, "supportingDocuments", "plan.docx", TestFiles.docx(),
				teacher);

		assertThat(stored.contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(attachments.content(stored.id())).isEqualTo(TestFiles.docx());
	}

	@Test
	void aProgramCalledReportPdfIsRefusedAndNotKept() {
		assertThatThrownBy(() -> attachments.store(submission, "supportingDocuments", "report.pdf",
				TestFiles.windowsExecutable(), teacher))
			.isInstanceOf(RejectedFile.class)
			.hasMessage("The selected file must be a PDF, Word document, OpenDocument text, Excel spreadsheet, "
					+ "text file, JPG or PNG");
		assertThat(attachments.of(submission)).isEmpty();
	}

	@Test
	void aFileOverTenMegabytesIsRefusedAndNotKept() {
		byte[] tooLarge = Arrays.copyOf(TestFiles.pdf(), 10 * 1024 * 1024 + 1);

		assertThatThrownBy(() -> attachments.store(submission, "supportingDocuments", "scan.pdf", tooLarge, teacher))
			.isInstanceOf(RejectedFile.class)
			.hasMessage("The selected file must be smaller than 10 MB")
			.hasMessage(attachments.tooLargeMessage());
		assertThat(attachments.of(submission)).isEmpty();
	}

	@Test
	void anEmptyFileIsRefusedAndNotKept() {
		assertThatThrownBy(() -> attachments.store(submission, "supportingDocuments", "notes.txt", new byte[0],
				teacher))
			.isInstanceOf(RejectedFile.class)
			.hasMessage("The selected file is empty");
		assertThat(attachments.of(submission)).isEmpty();
	}

}
