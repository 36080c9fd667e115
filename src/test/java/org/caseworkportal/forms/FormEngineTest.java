package org.caseworkportal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caseworkportal.web.ErrorMessage;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The engine's rules on the real example form and KS5 PEP: conditions decide what is shown and
 * what is kept, read-only answers never come from a request, and impossible answers are refused
 * with a message while what was typed is kept to show again.
 */
class FormEngineTest {

	private final FormEvaluator evaluator = new FormEvaluator();

	private final AnswerReader reader = new AnswerReader(evaluator);

	private final FormDefinition visit = read("example-visit.form");

	private final FormComponent aboutTheVisit = visit.section("Group_about_visit").orElseThrow();

	@Test
	void aQuestionIsShownOnlyWhileItsConditionAllows() {
		assertThat(questionNames(Map.of("childSeen", "yes"))).doesNotContain("whyNotSeen");
		assertThat(questionNames(Map.of("childSeen", "no"))).contains("whyNotSeen");
	}

	@Test
	void answersHiddenByAConditionAreClearedWhenSaved() {
		Map<String, Object> answers = read(aboutTheVisit, Map.of(), posted("childSeen", "no", "whyNotSeen", "Away on a trip")).answers();
		assertThat(evaluator.withoutHiddenAnswers(visit, answers)).containsEntry("whyNotSeen", "Away on a trip");

		Map<String, Object> changed = read(aboutTheVisit, answers, posted("childSeen", "yes", "whyNotSeen", "Away on a trip")).answers();

		assertThat(evaluator.withoutHiddenAnswers(visit, changed)).containsEntry("childSeen", "yes").doesNotContainKey("whyNotSeen");
	}

	@Test
	void aPrefilledReadOnlyAnswerIsNeverTakenFromTheRequest() {
		var read = read(aboutTheVisit, Map.of(), posted("childName", "Someone Else", "childSeen", "yes"));

		assertThat(read.answers()).doesNotContainKey("childName");
		Question shown = (Question) evaluator
			.evaluate(visit, read.answers(), new CaseRecord(Map.of(PrefillSource.CHILD_FULL_NAME, "Isla Placewood")))
			.section("Group_about_visit").orElseThrow().items().get(0);
		assertThat(shown.readonly()).isTrue();
		assertThat(shown.answerText()).isEqualTo("Isla Placewood");
	}

	@Test
	void anImpossibleDateIsRefusedAndKeptAsTyped() {
		var read = read(aboutTheVisit, Map.of(), posted("visitDate-day", "31", "visitDate-month", "02", "visitDate-year", "2026"));

		assertThat(read.errors()).extracting(ErrorMessage::field, ErrorMessage::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("visitDate-day", "'Date of the visit' must be a real date, like 27 3 2026"));
		assertThat(read.answers().get("visitDate")).isEqualTo(new RawDate("31", "02", "2026"));
	}

	@Test
	void aValueThatIsNotAnOptionIsRefused() {
		assertThat(read(aboutTheVisit, Map.of(), posted("childSeen", "perhaps")).errors()).extracting(ErrorMessage::text)
			.containsExactly("Select one of the options for 'Was the child seen?'");
	}

	@Test
	void anAnswerLongerThanAllowedIsRefused() {
		String megabyte = "x".repeat(1024 * 1024);

		assertThat(read(aboutTheVisit, Map.of(), posted("childSeen", "no", "whyNotSeen", megabyte)).errors()).extracting(ErrorMessage::text)
			.containsExactly("'Why was the child not seen?' must be 2,000 characters or fewer; it has 1,048,576");
	}

	@Test
	void aRepeatingGroupTakesNoMoreItemsThanItsMaximum() {
		FormComponent actions = visit.section("Group_actions").orElseThrow();
		var read = read(actions, Map.of(), posted("actions-items", "4"));

		assertThat(read.errors()).extracting(ErrorMessage::text).containsExactly("You can add up to 3 of 'Action'");
		assertThat((List<?>) read.answers().get("actions")).hasSize(3);
		assertThat(read(actions, Map.of("actions", List.of(Map.of(), Map.of(), Map.of())), posted("actions-items", "3", "add", "actions"))
			.errors()).extracting(ErrorMessage::text).containsExactly("You can add up to 3 of 'Action'");
	}

	@Test
	void requiredAnswersAreCheckedOnlyWhereTheyAreShown() {
		ShownSection section = evaluator.evaluate(visit, Map.of("childSeen", "yes"), CaseRecord.EMPTY)
			.section("Group_about_visit").orElseThrow();

		assertThat(AnswerChecks.check(section, "")).extracting(ErrorMessage::text)
			.containsExactly("Enter an answer to 'Date of the visit'");
	}

	@Test
	void aSectionThatNeedsEarlierAnswersCannotStartAndSaysWhichAnswers() {
		FormDefinition pep = read("pep-ks5.form");
		FormProgress progress = FormProgress.of(evaluator.evaluate(pep, Map.of("eetStatus", "education"), CaseRecord.EMPTY), java.util.Set.of());

		SectionProgress summary = progress.sections().stream()
			.filter(section -> section.section().title().equals("Part 2: Summary of the PEP meeting"))
			.findFirst().orElseThrow();
		assertThat(summary.status()).isEqualTo(SectionStatus.CANNOT_START_YET);
		assertThat(summary.answerFirst()).extracting(Prerequisite::question)
			.containsExactly("The date of my PEP meeting is", "Reason for this PEP meeting");
		assertThat(progress.percentComplete()).isZero();
	}

	@Test
	void copyForwardRollsCurrentTargetsIntoPreviousTargetsAndStartsCurrentTargetsEmpty() {
		FormDefinition pep = read("pep-ks5.form");
		Map<String, Object> last = new LinkedHashMap<>();
		last.put("eetStatus", "education");
		last.put("previousTargets", List.of(Map.of("target", "An old target from two PEPs ago")));
		last.put("currentTargets", List.of(Map.of("target", "Pass Maths resit", "needsFunding", "no"),
				Map.of("target", "Attend 95% of lessons", "needsFunding", "no")));
		last.put("supportingDocuments", List.of(7));

		Map<String, Object> next = new CopyForward(evaluator).answersFrom(last, pep);

		assertThat(next).containsEntry("eetStatus", "education").doesNotContainKeys("currentTargets", "supportingDocuments");
		assertThat(next.get("previousTargets")).isEqualTo(List.of(Map.of("target", "Pass Maths resit"),
				Map.of("target", "Attend 95% of lessons")));
	}

	private List<String> questionNames(Map<String, Object> answers) {
		return evaluator.evaluate(visit, answers, CaseRecord.EMPTY)
			.section("Group_about_visit").orElseThrow().items().stream()
			.filter(Question.class::isInstance).map(item -> ((Question) item).name()).toList();
	}

	private AnswerReader.ReadAnswers read(FormComponent section, Map<String, Object> stored, MultiValueMap<String, String> posted) {
		return reader.read(section, stored, posted);
	}

	private static MultiValueMap<String, String> posted(String... namesAndValues) {
		MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			posted.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return posted;
	}

	private static FormDefinition read(String file) {
		try {
			return new FormDefinitionReader(new FeelExpressions()).read(file, Files.readString(Path.of("forms", file)));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
