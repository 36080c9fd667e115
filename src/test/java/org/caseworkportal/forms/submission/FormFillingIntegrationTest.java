package org.caseworkportal.forms.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.people.ChildId;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Filling in a form through the real pages and security filter chain, as the Virtual School officer
 * linked to Isla Placewood in the demo: drafts, checks, hidden answers, read-only answers, saves
 * that collide, submitting, the PDF, and people who are not linked to Isla.
 */
@PortalIntegrationTest
class FormFillingIntegrationTest {

	private static final String ABOUT = "Group_about_visit";

	@LocalServerPort
	int port;

	@Autowired
	FormSubmissions submissions;

	private PortalVisitor officer;

	private long isla;

	@BeforeEach
	void signInAsTheOfficer() {
		officer = new PortalVisitor(port);
		officer.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		isla = childId(officer.get("/staff").document(), "Isla Placewood");
	}

	@Test
	void aDraftKeepsWhatIsShownDropsWhatConditionsHideAndNeverTakesReadOnlyAnswers() {
		long form = start(isla);
		Document section = officer.get(sectionPath(form, ABOUT)).document();
		assertThat(section.select("h1").text()).isEqualTo("About the visit");
		assertThat(section.select(".app-summary-list--from-record").text()).contains("Isla Placewood");
		assertThat(section.select("[name=childName]")).isEmpty();

		Page saved = save(form, ABOUT, "save", "childSeen", "no", "whyNotSeen", "Away on a school trip", "childName", "Someone Else");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(answers(form)).containsEntry("whyNotSeen", "Away on a school trip").doesNotContainKey("childName");

		Page incomplete = save(form, ABOUT, "continue", "childSeen", "yes", "whyNotSeen", "Away on a school trip");
		assertThat(errorSummary(incomplete)).containsExactly("Enter an answer to 'Date of the visit'");
		assertThat(answers(form)).containsEntry("childSeen", "yes").doesNotContainKey("whyNotSeen");

		Page completed = save(form, ABOUT, "continue", "childSeen", "yes", "visitDate-day", "3", "visitDate-month", "11",
				"visitDate-year", "2026", "settled", "4");
		assertThat(completed.redirectPath()).isEqualTo("/forms/" + form + "/sections/Group_actions");
		Document taskList = officer.get("/forms/" + form).document();
		assertThat(taskList.select(".app-progress__label").text()).isEqualTo("50% complete");
		assertThat(taskList.select(".govuk-task-list__status").eachText()).containsExactly("Completed", "Not started");
	}

	@Test
	void badAnswersAreRefusedWithAMessageAndLoseNothingSavedBefore() {
		long form = start(isla);
		save(form, ABOUT, "save", "childSeen", "no", "whyNotSeen", "Unwell");

		Page impossibleDate = save(form, ABOUT, "save", "childSeen", "no", "whyNotSeen", "Changed", "visitDate-day", "31",
				"visitDate-month", "02", "visitDate-year", "2026");
		Page notAnOption = save(form, ABOUT, "save", "childSeen", "sometimes");
		Page megabyte = save(form, ABOUT, "save", "childSeen", "no", "whyNotSeen", "x".repeat(1024 * 1024));

		assertThat(errorSummary(impossibleDate)).containsExactly("'Date of the visit' must be a real date, like 27 3 2026");
		assertThat(impossibleDate.document().select("#visitDate-day").val()).isEqualTo("31");
		assertThat(errorSummary(notAnOption)).containsExactly("Select one of the options for 'Was the child seen?'");
		assertThat(errorSummary(megabyte)).containsExactly("'Why was the child not seen?' must be 2,000 characters or fewer; it has 1,048,576");
		assertThat(answers(form)).containsEntry("whyNotSeen", "Unwell").doesNotContainKey("visitDate");
	}

	@Test
	void aSaveFromAPageSomeoneElseHasSavedSinceIsRefused() {
		long form = start(isla);
		String revision = revision(form, ABOUT);
		save(form, ABOUT, "save", "childSeen", "yes");

		Page late = officer.submit(sectionPath(form, ABOUT), sectionPath(form, ABOUT),
				Map.of("action", "save", "revision", revision, "childSeen", "no", "whyNotSeen", "Mine"));

		assertThat(errorSummary(late).get(0)).startsWith("Someone else saved this form at");
		assertThat(answers(form)).containsEntry("childSeen", "yes").doesNotContainKey("whyNotSeen");
	}

	@Test
	void submittingNeedsEveryAnswerAndTheDeclarationThenGivesAPdfOfTheVisibleAnswers() throws Exception {
		long form = start(isla);
		save(form, ABOUT, "save", "childSeen", "no", "whyNotSeen", "Hidden reason");
		Page missing = officer.submit("/forms/" + form + "/check", "/forms/" + form + "/submit", Map.of("revision", currentRevision(form)));
		assertThat(errorSummary(missing)).contains("About the visit: Enter an answer to 'Date of the visit'",
				"Tick ‘I agree’ to confirm: I agree that the information in this record is accurate");
		assertThat(missing.document().select(".govuk-error-summary a").eachAttr("href"))
			.contains("/forms/" + form + "/sections/" + ABOUT + "#visitDate-day");
		assertThat(officer.get("/forms/" + form + "/pdf").status()).isEqualTo(404);

		save(form, ABOUT, "continue", "childSeen", "yes", "visitDate-day", "3", "visitDate-month", "11", "visitDate-year", "2026");
		save(form, "Group_actions", "add", "add", "actions");
		save(form, "Group_actions", "continue", "actions-items", "1", "actions[0].action", "Book a tutor");
		Page submitted = officer.submit("/forms/" + form + "/check", "/forms/" + form + "/submit",
				Map.of("revision", currentRevision(form), "agree", "agree"));

		assertThat(submitted.redirectPath()).isEqualTo("/forms/" + form + "/view?submitted");
		assertThat(officer.get("/forms/" + form + "/view").document().text()).contains("Book a tutor", "3 November 2026");
		Page pdf = officer.get("/forms/" + form + "/pdf");
		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		String text = new PDFTextStripper().getText(Loader.loadPDF(officer.download("/forms/" + form + "/pdf")));
		assertThat(text).contains("Isla Placewood", "Book a tutor", "OFFICIAL-SENSITIVE").doesNotContain("Hidden reason");
	}

	@Test
	void peopleNotLinkedToTheChildGetNotFoundAndChangeNothing() {
		long form = start(isla);
		save(form, ABOUT, "save", "childSeen", "yes");
		var teacher = new PortalVisitor(port);
		teacher.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);
		var parent = new PortalVisitor(port);
		parent.signIn(DemoSignIns.PARENT, DemoSignIns.PASSWORD);

		assertThat(teacher.get("/children/" + isla + "/forms").status()).isEqualTo(404);
		assertThat(teacher.get("/forms/" + form).status()).isEqualTo(404);
		assertThat(teacher.get(sectionPath(form, ABOUT)).status()).isEqualTo(404);
		assertThat(teacher.submit("/professional", sectionPath(form, ABOUT),
				Map.of("action", "save", "revision", currentRevision(form), "childSeen", "no")).status()).isEqualTo(404);
		assertThat(parent.get("/forms/" + form).status()).isEqualTo(403);
		assertThat(answers(form)).containsEntry("childSeen", "yes");
	}

	@Test
	void copyForwardTakesOnlyTheSameChildsPreviousForm() {
		long finn = childId(officer.get("/staff").document(), "Finn Dummett");
		long finnsForm = start(finn);
		int islasForms = submissions.ofChild(new ChildId(isla)).size();

		Page refused = officer.submit("/children/" + isla + "/forms", "/children/" + isla + "/forms",
				Map.of("formKey", "example-visit", "copyFrom", String.valueOf(finnsForm)));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(submissions.ofChild(new ChildId(isla))).hasSize(islasForms);
	}

	@Test
	void anExecutableRenamedAsAPdfIsRefusedAndNothingIsSaved() {
		long form = start(isla);
		save(form, "Group_actions", "save", "actions-items", "1", "actions[0].action", "Kept");
		byte[] executable = new byte[512];
		executable[0] = 'M';
		executable[1] = 'Z';

		Page refused = officer.postMultipart(sectionPath(form, "Group_actions") + "?_csrf=" + csrf(form, "Group_actions"),
				List.of(Map.entry("action", "save"), Map.entry("revision", currentRevision(form)), Map.entry("actions-items", "1"),
						Map.entry("actions[0].action", "Changed")),
				"visitNotes-upload", "notes.pdf", executable);

		assertThat(errorSummary(refused)).hasSize(1);
		assertThat(errorSummary(refused).get(0)).startsWith("The selected file must be");
		assertThat(answers(form)).doesNotContainKey("visitNotes");
		assertThat(answers(form).get("actions")).isEqualTo(List.of(Map.of("action", "Kept")));
	}

	@Test
	void anUploadedFileCanBeDownloadedOnlyByThoseWhoMaySeeTheChild() {
		long form = start(isla);
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

		Page uploaded = officer.postMultipart(sectionPath(form, "Group_actions") + "?_csrf=" + csrf(form, "Group_actions"),
				List.of(Map.entry("action", "save"), Map.entry("revision", currentRevision(form))), "visitNotes-upload",
				"visit notes.pdf", pdf);

		assertThat(uploaded.status()).isEqualTo(302);
		String download = "/forms/" + form + "/attachments/" + ((List<?>) answers(form).get("visitNotes")).get(0);
		assertThat(officer.get(sectionPath(form, "Group_actions")).document().text()).contains("visit notes.pdf");
		assertThat(officer.download(download)).isEqualTo(pdf);
		var teacher = new PortalVisitor(port);
		teacher.signIn(DemoSignIns.OAKFIELD_TEACHER, DemoSignIns.PASSWORD);
		assertThat(teacher.get(download).status()).isEqualTo(404);
	}

	@Test
	void anOversizedUploadIsRefusedWithItsLimit() {
		long form = start(isla);

		Page refused = officer.postMultipart(sectionPath(form, "Group_actions") + "?_csrf=" + csrf(form, "Group_actions"),
				List.of(Map.entry("action", "save"), Map.entry("revision", currentRevision(form))), "visitNotes-upload",
				"notes.pdf", new byte[10 * 1024 * 1024 + 1]);

		assertThat(errorSummary(refused)).containsExactly("The selected file must be smaller than 10 MB");
		assertThat(answers(form)).doesNotContainKey("visitNotes");
	}

	@Test
	void anEhcAssessmentRequestCannotBeSubmittedWithoutTheParentalConsentForm() {
		long form = start(isla, "ehcp-request-primary");

		Page missing = officer.submit("/forms/" + form + "/check", "/forms/" + form + "/submit",
				Map.of("revision", currentRevision(form)));

		assertThat(errorSummary(missing)).contains("Attachments: Upload 'Parental consent form'");
		assertThat(submissions.find(form).orElseThrow().submitted()).isFalse();
	}

	private long start(long child) {
		return start(child, "example-visit");
	}

	private long start(long child, String formKey) {
		Page started = officer.submit("/children/" + child + "/forms", "/children/" + child + "/forms",
				Map.of("formKey", formKey));
		assertThat(started.redirectPath()).as(started.status() + " " + started.body()).startsWith("/forms/");
		return Long.parseLong(started.redirectPath().substring("/forms/".length()));
	}

	private Page save(long form, String section, String action, String... namesAndValues) {
		var fields = new java.util.LinkedHashMap<String, String>();
		fields.put("action", action);
		fields.put("revision", currentRevision(form));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return officer.submit(sectionPath(form, section), sectionPath(form, section), fields);
	}

	private String currentRevision(long form) {
		return String.valueOf(submissions.find(form).orElseThrow().revision());
	}

	private String revision(long form, String section) {
		return officer.get(sectionPath(form, section)).document().select("input[name=revision]").val();
	}

	private String csrf(long form, String section) {
		return officer.get(sectionPath(form, section)).document().select("input[name=_csrf]").val();
	}

	private Map<String, Object> answers(long form) {
		return submissions.find(form).orElseThrow().answers();
	}

	private static String sectionPath(long form, String section) {
		return "/forms/" + form + "/sections/" + section;
	}

	private static List<String> errorSummary(Page page) {
		return new ArrayList<>(page.document().select(".govuk-error-summary__list li").eachText());
	}

	private static long childId(Document staffPage, String name) {
		String href = staffPage.select("a:containsOwn(" + name + ")").attr("href");
		return Long.parseLong(href.replaceAll("\\D", ""));
	}

}
