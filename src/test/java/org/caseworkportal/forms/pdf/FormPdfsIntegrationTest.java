package org.caseworkportal.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.forms.FormDefinitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal's own FreeMarker set-up fills in the PDF templates, for the real forms. */
@PortalIntegrationTest
class FormPdfsIntegrationTest {

	@Autowired
	FormPdfs pdfs;

	@Autowired
	FormDefinitions definitions;

	@Test
	void printsTheExampleFormBlank() throws IOException {
		byte[] pdf = pdfs.blank(definitions.find("example-visit").orElseThrow());

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("OFFICIAL-SENSITIVE",
					"Why was the child not seen?", "Only if “Was the child seen?” is “No”");
		}
	}

}
