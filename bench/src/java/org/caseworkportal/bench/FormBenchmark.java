package org.caseworkportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.caseworkportal.DemoSignIns;
import org.caseworkportal.PortalIntegrationTest;
import org.caseworkportal.PortalVisitor;
import org.caseworkportal.PortalVisitor.Page;
import org.caseworkportal.TestChildren;
import org.caseworkportal.forms.submission.FormSubmissions;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.pep.Completion;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.PepWorkflow;
import org.caseworkportal.pep.StartPep;
import org.caseworkportal.people.ChildId;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Times the full KS5 PEP through the real pages, as the demo Virtual School officer gets them:
 * the two heaviest question pages shown, each saved with everything on it (as the Save button
 * posts it), and the PDF of a submitted PEP. Both PEPs are started through {@link PepWorkflow},
 * completed in-house, for children of the benchmark's own. Prints the median and 95th percentile of each and
 * writes them to target/bench-results.txt. Run with {@code mvn -B -Pbench test}; see bench/README.md.
 */
@PortalIntegrationTest
class FormBenchmark {

	private static final int WARM_UP = 30;

	private static final int ITERATIONS = 200;

	private static final List<String> SECTIONS = List.of("Group_qualifications", "Group_action_plans");

	@LocalServerPort
	int port;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	Accounts accounts;

	@Autowired
	PepWorkflow workflow;

	@Autowired
	TestChildren children;

	private PortalVisitor officer;

	@Test
	void fullPepPagesSavesAndPdf() throws IOException {
		officer = new PortalVisitor(port);
		officer.signIn(DemoSignIns.VIRTUAL_SCHOOL_OFFICER, DemoSignIns.PASSWORD);
		PortalUser by = accounts.findByEmail(DemoSignIns.VIRTUAL_SCHOOL_OFFICER).orElseThrow();
		long draft = filledIn(workflow.start(by, inHouse(children.inCareAtRiverside("Bea", "Benchmark"))), by);
		Pep toSubmit = workflow.start(by, inHouse(children.inCareAtRiverside("Sid", "Benchmark")));
		workflow.sendForCompletion(by, toSubmit.id());
		long submitted = filledIn(toSubmit, by);
		assertThat(workflow.submitContribution(by, toSubmit.id(), submissions.find(submitted).orElseThrow().revision()))
			.isEmpty();
		Map<String, Object> answersBefore = submissions.find(draft).orElseThrow().answers();

		Map<String, Timings> renders = new LinkedHashMap<>();
		Map<String, Timings> saves = new LinkedHashMap<>();
		for (String section : SECTIONS) {
			renders.put(section, new Timings("render " + section, 50, null));
			saves.put(section, new Timings("save " + section, 50, null));
		}
		Timings pdf = new Timings("pdf of the submitted PEP", 300, 1000.0);
		for (int i = 0; i < WARM_UP + ITERATIONS; i++) {
			boolean record = i >= WARM_UP;
			for (String section : SECTIONS) {
				String path = "/forms/" + draft + "/sections/" + section;
				Page page = renders.get(section).time(record, () -> officer.get(path));
				assertThat(page.status()).isEqualTo(200);
				SaveButton save = SaveButton.on(page.document());
				Page saved = saves.get(section).time(record, () -> officer.postMultipart(save.action(), save.fields(), null, null, null));
				assertThat(saved.redirectPath()).as(saved.body()).isEqualTo(path);
			}
			byte[] bytes = pdf.time(record, () -> officer.download("/forms/" + submitted + "/pdf"));
			assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
		}
		assertThat(submissions.find(draft).orElseThrow().answers()).as("every save kept every answer")
			.isEqualTo(answersBefore);

		List<Timings> all = new ArrayList<>(renders.values());
		all.addAll(saves.values());
		all.add(pdf);
		report(all);
	}

	/**
	 * A PEP the Virtual School completes in-house, so that the officer who prepares it may change
	 * its answers. It meets in 2030: no reminder is due while the benchmark runs.
	 */
	private static StartPep inHouse(ChildId child) {
		return new StartPep(child, LocalDate.of(2030, 3, 4), Completion.IN_HOUSE, null, null);
	}

	/** The PEP's form answered in full, as an officer would; its submission's id. */
	private long filledIn(Pep pep, PortalUser by) {
		var submission = submissions.find(pep.submissionId()).orElseThrow();
		Map<String, Object> answers = new LinkedHashMap<>(submission.answers());
		answers.putAll(FullPepAnswers.answers());
		assertThat(submissions.saveDraft(submission.id(), submission.revision(), answers,
				new LinkedHashSet<>(FullPepAnswers.SECTIONS), by.id()))
			.isTrue();
		return submission.id();
	}

	private static void report(List<Timings> all) throws IOException {
		var report = new StringBuilder();
		report.append("Full KS5 PEP benchmark: %d timed iterations after %d warm-up, %d CPUs%n".formatted(ITERATIONS,
				WARM_UP, Runtime.getRuntime().availableProcessors()));
		report.append(Timings.header()).append(System.lineSeparator());
		all.forEach(timings -> report.append(timings.row()).append(System.lineSeparator()));
		System.out.println(System.lineSeparator() + report);
		Path results = Path.of(System.getProperty("basedir", "."), "target", "bench-results.txt");
		Files.createDirectories(results.getParent());
		Files.writeString(results, report);
	}

	/**
	 * What the page's Save button posts: every answer on the page as the browser sends it (checked
	 * options only, the selected option of a list, no file chosen), to the form's own address.
	 */
	private record SaveButton(String action, List<Map.Entry<String, String>> fields) {

		static SaveButton on(Document page) {
			FormElement form = (FormElement) page.selectFirst("form[data-autosave-url]");
			return new SaveButton(form.attr("action"), answersOn(form));
		}

		private static List<Map.Entry<String, String>> answersOn(FormElement form) {
			Set<String> notAnswers = new LinkedHashSet<>();
			form.select("button[name], input[type=file]").forEach(control -> notAnswers.add(control.attr("name")));
			List<Map.Entry<String, String>> fields = new ArrayList<>();
			form.formData()
				.stream()
				.filter(field -> !notAnswers.contains(field.key()))
				.forEach(field -> fields.add(Map.entry(field.key(), field.value())));
			fields.add(Map.entry("action", "save"));
			return fields;
		}

	}

}
