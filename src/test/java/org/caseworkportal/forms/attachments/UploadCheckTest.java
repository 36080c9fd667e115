package org.caseworkportal.forms.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Files are judged by what they are, as their content shows it, not by what they are called. */
class UploadCheckTest {

	static final List<String> DEFAULT_TYPES = List.of("application/pdf", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.oasis.opendocument.text", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/plain", "image/jpeg",
			"image/png");

	static final String NOT_ALLOWED = "The selected file must be a PDF, Word document, OpenDocument text, "
			+ "Excel spreadsheet, text file, JPG or PNG";

	UploadCheck check = new UploadCheck(new AttachmentProperties(DataSize.ofMegabytes(10), DEFAULT_TYPES));

	static Stream<Arguments> acceptedFiles() {
		return Stream.of(
				Arguments.of("report.pdf", TestFiles.pdf(), "application/pdf"),
				Arguments.of("plan.docx", TestFiles.docx(),
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
				Arguments.of("plan.odt", TestFiles.odt(), "application/vnd.oasis.opendocument.text"),
				Arguments.of("notes.txt", TestFiles.text("Met Robin at school.\n"), "text/plain"),
				Arguments.of("photo.png", TestFiles.png(), "image/png"),
				Arguments.of("photo.jpg", TestFiles.jpeg(), "image/jpeg"),
				// Text is harmless whatever it is called; it is kept, and served, as text.
				Arguments.of("notes.pdf", TestFiles.text("Met Robin at school.\n"), "text/plain"),
				// A PDF is a PDF whatever it is called.
				Arguments.of("scan", TestFiles.pdf(), "application/pdf"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void acceptedFiles(String name, byte[] content, String detectedType) {
		assertThat(check.check(name, content)).hasToString(detectedType);
	}

	static Stream<Arguments> rejectedFiles() {
		return Stream.of(
				Arguments.of("report.pdf", TestFiles.windowsExecutable()),
				Arguments.of("report.pdf", TestFiles.zip()),
				Arguments.of("report.docx", TestFiles.windowsExecutable()),
				Arguments.of("report.pdf", TestFiles.unknownBinary()),
				Arguments.of("report.txt", TestFiles.unknownBinary()),
				Arguments.of("notes.txt", TestFiles.text("<html><body><script>alert(1)</script></body></html>")),
				Arguments.of("plan.docx.exe", TestFiles.windowsExecutable()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void rejectedFiles(String name, byte[] content) {
		assertThatThrownBy(() -> check.check(name, content)).isInstanceOf(RejectedFile.class)
			.hasMessage(NOT_ALLOWED);
	}

	@Test
	void anEmptyFileIsRejected() {
		assertThatThrownBy(() -> check.check("report.pdf", new byte[0])).isInstanceOf(RejectedFile.class)
			.hasMessage("The selected file is empty");
	}

	@Test
	void aFileOverTheLimitIsRejectedWithTheLimitInTheMessage() {
		UploadCheck small = new UploadCheck(new AttachmentProperties(DataSize.ofKilobytes(1), DEFAULT_TYPES));
		byte[] atLimit = TestFiles.text("x".repeat(1024));
		byte[] overLimit = TestFiles.text("x".repeat(1025));

		assertThat(small.check("notes.txt", atLimit)).hasToString("text/plain");
		assertThatThrownBy(() -> small.check("notes.txt", overLimit)).isInstanceOf(RejectedFile.class)
			.hasMessage("The selected file must be smaller than 1 KB");
	}

	@Test
	void theMessageNamesOnlyTheConfiguredTypes() {
		UploadCheck imagesOnly = new UploadCheck(
				new AttachmentProperties(DataSize.ofMegabytes(10), List.of("image/png", "image/jpeg")));

		assertThatThrownBy(() -> imagesOnly.check("report.pdf", TestFiles.pdf())).isInstanceOf(RejectedFile.class)
			.hasMessage("The selected file must be a PNG or JPG");
	}

	@Test
	void aConfiguredTypeThePortalCannotNameStopsStartup() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UploadCheck(
				new AttachmentProperties(DataSize.ofMegabytes(10), List.of("application/pdf", "video/mp4"))))
			.withMessageContaining("\"video/mp4\"");
	}

}
