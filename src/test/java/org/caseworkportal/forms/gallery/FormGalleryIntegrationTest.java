package org.caseworkportal.forms.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.PortalVisitorTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The form gallery through the real pages and security filter chain: officers and administrators
 * see every form without starting it for a child; other staff and professionals do not.
 */
class FormGalleryIntegrationTest extends PortalVisitorTest {

	@Test
	void anOfficerFindsTheGalleryFromTheirWorkspaceAndSeesEveryForm() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/staff").document().select("a[href=/forms/gallery]").text()).isEqualTo("Form gallery");
		Document gallery = visitor.get("/forms/gallery").document();

		assertThat(gallery.select("tbody th").eachText()).containsExactlyInAnyOrder("Example: record of a visit",
				"Personal Education Plan – KS5", "Request for an EHC needs assessment – primary");
		assertThat(gallery.select("tbody code").eachText()).containsExactlyInAnyOrder("example-visit", "pep-ks5",
				"ehcp-request-primary");
		assertThat(gallery.select("a[href=/forms/gallery/pep-ks5/rules]")).hasSize(1);
	}

	@Test
	void thePreviewShowsSampleDataWithNothingToPost() {
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		Page page = visitor.get("/forms/gallery/pep-ks5");
		Document preview = page.document();

		assertThat(page.status()).isEqualTo(200);
		assertThat(preview.select(".govuk-warning-text").text()).contains("preview with sample data",
				"Nothing can be saved");
		assertThat(preview.select(".app-summary-list--from-record").text()).contains("Sample Child", "1 January 2010");
		assertThat(preview.select(".govuk-task-list a").eachText()).contains("Part 1: Personal information",
				"Action plans and targets");
		assertThat(preview.select("main form")).isEmpty();
		assertThat(preview.select("main input, main textarea, main select, main button"))
			.allSatisfy(field -> assertThat(field.closest("fieldset[disabled]")).isNotNull());
		assertThat(preview.select("main fieldset[disabled] [name=meetingSummary]")).hasSize(1);
		assertThat(preview.select("#Group_qualifications h2").eachText())
			.contains("KS5 qualifications already achieved (if applicable)");
	}

	@Test
	void theBlankPdfPrintsEvenTheSectionsConditionsHide() throws IOException {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		Page head = visitor.get("/forms/gallery/pep-ks5/blank.pdf");
		byte[] pdf = visitor.download("/forms/gallery/pep-ks5/blank.pdf");

		assertThat(head.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(head.header("Content-Disposition")).contains("attachment", "pep-ks5-v1-blank.pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Part 3: Custody or secure accommodation");
		}
	}

	@Test
	void theRulesListEveryQuestionWithItsLimitsAndWhenItApplies() {
		visitor.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);

		Document rules = visitor.get("/forms/gallery/pep-ks5/rules").document();

		assertThat(row(rules, "Current PEP target").text()).contains("Repeating list", "Up to 5 items");
		assertThat(row(rules, "Name").text()).contains("Prefilled from the case record (child.fullName)");
		assertThat(rules.getElementById("Group_part3_custody").text()).contains(
				"Only if “Current education, employment or training status” is “Custody",
				"Answer first The date of my PEP meeting is; Reason for this PEP meeting");
	}

	@Test
	void socialWorkersTeachersAndPeopleNotSignedInCannotSeeTheGallery() {
		visitor.signIn(DemoSignIns.SOCIAL_WORKER, DemoSignIns.PASSWORD);
		assertThat(visitor.get("/forms/gallery").status()).isEqualTo(403);
		assertThat(visitor.get("/forms/gallery/pep-ks5/rules").status()).isEqualTo(403);
		assertThat(visitor.get("/staff").document().select("a[href=/forms/gallery]")).isEmpty();

		var teacher = new PortalVisitor(port);
		teacher.signIn(DemoSignIns.RIVERSIDE_TEACHER, DemoSignIns.PASSWORD);
		assertThat(teacher.get("/forms/gallery/pep-ks5").status()).isEqualTo(403);
		assertThat(teacher.get("/forms/gallery/pep-ks5/blank.pdf").status()).isEqualTo(403);

		Page anonymous = new PortalVisitor(port).get("/forms/gallery");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.redirectPath()).isEqualTo("/sign-in");
	}

	@Test
	void anUnknownFormOrVersionIsNotFound() {
		visitor.signIn(DemoSignIns.ADMIN, DemoSignIns.PASSWORD);

		assertThat(visitor.get("/forms/gallery/no-such-form").status()).isEqualTo(404);
		assertThat(visitor.get("/forms/gallery/pep-ks5/rules?version=99").status()).isEqualTo(404);
	}

	private static Element row(Document page, String question) {
		return page.select("tbody tr")
			.stream()
			.filter(row -> row.selectFirst("th").ownText().equals(question))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + question));
	}

}
