package org.caseworkportal.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The answers macro that the check-your-answers page, the view page and the PDF share. */
class AnswersMacroTest {

	private final String html = render();

	private final Document page = Jsoup.parseBodyFragment(html);

	@Test
	void showsEachVisibleSectionWithItsAnswersAsASummaryList() {
		assertThat(page.select("h2").eachText()).containsExactly("About the visit", "Actions");
		assertThat(rowsOf(page.select("dl.govuk-summary-list").first())).containsExactly(
				List.of("Was the child seen?", "Yes, in person"), List.of("Anything else to note?", "Not answered"));
	}

	@Test
	void aGroupIsASubHeadingOverItsOwnRows() {
		Element heading = page.selectFirst("h3:contains(The placement)");

		assertThat(rowsOf(heading.nextElementSibling())).containsExactly(List.of("Living there since", "5 March 2025"),
				List.of("Needs noted", "Speech and language, Hearing"));
	}

	@Test
	void uploadsAreShownByFileNameEachOnALine() {
		page.outputSettings().prettyPrint(false);
		Element photos = page.selectFirst("dt:contains(Photos of the room)").nextElementSibling();

		assertThat(photos.html()).isEqualTo("bedroom.jpg<br>garden.jpg");
	}

	@Test
	void aRepeatingGroupIsATableWithAnEmptyCellForAQuestionAnItemHides() {
		Element table = page.selectFirst("table.govuk-table");

		assertThat(table.select("caption").text()).isEqualTo("Actions agreed");
		assertThat(table.select("th").eachText()).containsExactly("Action", "Follow up?", "Follow up by");
		assertThat(table.select("tbody tr")).extracting(row -> row.select("td").stream().map(Element::text).toList())
			.containsExactly(
				List.of("Book the review", "Yes", "1 April 2026"), List.of("Call the school", "No", ""));
	}

	@Test
	void leavesOutHiddenAnswersAndGuidance() {
		assertThat(html).doesNotContain("SECRET-HIDDEN", "Why was the child not seen?", "GUIDANCE-FOR-THE-WRITER");
	}

	@Test
	void isWellFormedXmlForThePdf() {
		assertThatCode(() -> DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(("<div>" + html + "</div>").getBytes(StandardCharsets.UTF_8))))
			.doesNotThrowAnyException();
	}

	private static List<List<String>> rowsOf(Element summaryList) {
		return summaryList.select(".govuk-summary-list__row")
			.stream()
			.map(row -> List.of(row.selectFirst("dt").text(), row.selectFirst("dd").text()))
			.toList();
	}

	private static String render() {
		try {
			Template template = new Template("page.ftlh", """
					<#import "/forms/_answers.ftlh" as answers>
					<@answers.answers form=form attachmentNames=attachmentNames/>
					""", TestTemplates.configuration());
			StringWriter out = new StringWriter();
			template.process(Map.of("form", VisitForm.filled(), "attachmentNames", VisitForm.ATTACHMENT_NAMES), out);
			return out.toString();
		}
		catch (IOException | TemplateException e) {
			throw new IllegalStateException(e);
		}
	}

}
