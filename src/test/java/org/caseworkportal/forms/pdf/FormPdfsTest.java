package org.caseworkportal.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** What a person reads in the PDF of a submitted form and in a blank form to print. */
class FormPdfsTest {

	private static final FormPdfs PDFS = new FormPdfs(TestTemplates.configuration());

	private static final PdfHeading HEADING = new PdfHeading("Visit record", 3, "Ava Example", "5 October 2019",
			"Sam Social Worker", "12 March 2026");

	@Test
	void submittedFormShowsTheVisibleAnswersWithTheChildTheFormAndTheMarkingOnEveryPage() throws IOException {
		String text = textOf(PDFS.submitted(VisitForm.filled(), HEADING, VisitForm.ATTACHMENT_NAMES));

		assertThat(text).contains("Ava Example (born 5 October 2019)", "Visit record, version 3",
				"Submitted by Sam Social Worker on 12 March 2026", "About the visit", "Was the child seen?",
				"Yes, in person", "Living there since", "5 March 2025", "Speech and language, Hearing", "The placement",
				"Page 1 of 1");
		assertThat(text).containsSubsequence("OFFICIAL-SENSITIVE", "Visit record", "OFFICIAL-SENSITIVE");
		assertThat(text).containsSubsequence("Anything else to note?", "Not answered");
		assertThat(text).containsSubsequence("Photos of the room", "bedroom.jpg", "garden.jpg");
	}

	@Test
	void submittedFormLeavesOutWhatItsConditionsHideAndItsGuidance() throws IOException {
		String text = textOf(PDFS.submitted(VisitForm.filled(), HEADING, VisitForm.ATTACHMENT_NAMES));

		assertThat(text).doesNotContain("SECRET-HIDDEN", "Why was the child not seen?", "The missed visit",
				"GUIDANCE-FOR-THE-WRITER");
	}

	@Test
	void repeatingGroupIsATableWithARowPerItem() throws IOException {
		String text = textOf(PDFS.submitted(VisitForm.filled(), HEADING, VisitForm.ATTACHMENT_NAMES));

		assertThat(text).containsSubsequence("Actions agreed", "Action", "Follow up?", "Follow up by",
				"Book the review", "Yes", "1 April 2026", "Call the school", "No");
	}

	@Test
	void everyPageOfALongFormCarriesTheMarkingTheChildAndItsNumber() throws IOException {
		byte[] pdf = PDFS.submitted(LongForm.filled(), HEADING, Map.of());

		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(2);
			for (int page = 1; page <= pages; page++) {
				PDFTextStripper stripper = stripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(document);
				assertThat(text).as("page " + page)
					.startsWith("OFFICIAL-SENSITIVE")
					.contains("Ava Example (born 5 October 2019) – Visit record, version 3")
					.endsWith("Page " + page + " of " + pages + "\nOFFICIAL-SENSITIVE\n");
			}
			assertThat(stripper().getText(document)).contains("Section " + LongForm.SECTIONS);
		}
	}

	@Test
	void everyFontIsEmbedded() throws IOException {
		for (byte[] pdf : List.of(PDFS.submitted(VisitForm.filled(), HEADING, VisitForm.ATTACHMENT_NAMES),
				PDFS.blank(VisitForm.DEFINITION))) {
			assertThat(fontsOf(pdf)).isNotEmpty().allSatisfy(font -> {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("LiberationSans");
			});
		}
	}

	@Test
	void blankFormShowsEveryQuestionAndWhenTheConditionalOnesApply() throws IOException {
		String text = textOf(PDFS.blank(VisitForm.DEFINITION));

		assertThat(text).contains("OFFICIAL-SENSITIVE", "visit, version 3", "Page 1 of");
		assertThat(text).containsSubsequence("Why was the child not seen?",
				"Only if “Was the child seen?” is “No”");
		assertThat(text).containsSubsequence("The missed visit", "Shown unless: childSeen = \"no\" or notes = null",
				"How many times did you try?");
		assertThat(text).containsSubsequence("Follow up by", "Only if “Follow up?” is “Yes”");
		assertThat(text).containsSubsequence("Was the child seen?", "Yes, in person", "No");
		assertThat(text).containsSubsequence("Actions agreed", "Up to 4");
	}

	private static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return stripper().getText(document);
		}
	}

	/** Reads text top to bottom as it is laid out, not in the order it was drawn. */
	private static PDFTextStripper stripper() {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setLineSeparator("\n");
		return stripper;
	}

	private static List<PDFont> fontsOf(byte[] pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
		}
		return fonts;
	}

}
