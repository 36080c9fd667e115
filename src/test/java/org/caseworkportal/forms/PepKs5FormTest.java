package org.caseworkportal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The KS5 Personal Education Plan has the sections, options and rules of the Virtual School's guide. */
class PepKs5FormTest {

	private static FormDefinition form;

	@BeforeAll
	static void readForm() throws IOException {
		form = new FormDefinitionReader(new FeelExpressions()).read("pep-ks5.form",
				Files.readString(Path.of("forms/pep-ks5.form")));
	}

	@Test
	void isVersionOneOfThePepKs5Form() {
		assertThat(form.key()).isEqualTo("pep-ks5");
		assertThat(form.version()).isEqualTo(1);
	}

	@Test
	void sectionsComeInTheOrderTheyAreCompleted() {
		assertThat(form.components()).extracting(FormComponent::label)
			.containsExactly("Part 1: Personal information", "Part 1: Hazards", "Part 1: Current activity",
					"Part 1: Care details", "Part 1: Additional information", "Part 2: Pupil information amendments",
					"Part 2: PEP meeting", "Part 2: Summary of the PEP meeting", "Part 2: Plans for September",
					"Part 2: Education and training details", "Part 2: Engagement", "Part 2: Health and emotional",
					"Part 2: Education, Health and Care Plan", "Part 2: Qualifications", "Action plans and targets",
					"Part 3: Education", "Part 3: Employment or apprenticeship",
					"Part 3: Not in education, employment or training", "Part 3: Training provider",
					"Part 3: Custody or secure accommodation", "Supporting documentation");
	}

	@Test
	void theEducationEmploymentOrTrainingStatusIsRequiredWithTheGuidesOptions() {
		FormComponent status = find("eetStatus");

		assertThat(status.validate().required()).isTrue();
		assertThat(status.values()).extracting(FormComponent.Option::value)
			.containsExactly("education", "employment", "neet", "trainingProvider", "custody", "notKnown");
	}

	@Test
	void eachPart3SectionShowsOnlyForItsStatusSoNotKnownHasNoQuestions() {
		List<FormComponent> part3 = form.components().stream()
			.filter(section -> section.label().startsWith("Part 3:"))
			.toList();

		assertThat(part3).extracting(section -> section.hideCondition().orElse(null))
			.containsExactly("eetStatus != \"education\"", "eetStatus != \"employment\"", "eetStatus != \"neet\"",
					"eetStatus != \"trainingProvider\"", "eetStatus != \"custody\"");
	}

	@Test
	void upToFiveCurrentTargetsEachSayingWhetherItNeedsFunding() {
		FormComponent currentTargets = find("currentTargets");

		assertThat(currentTargets.property("maxRepeats")).contains("5");
		assertThat(currentTargets.components()).extracting(FormComponent::key)
			.containsExactly("target", "achieveBy", "how", "needsFunding", "fundingType");
		assertThat(itemQuestion(currentTargets, "needsFunding").validate().required()).isTrue();
		assertThat(itemQuestion(currentTargets, "fundingType").hideCondition()).contains("needsFunding != \"yes\"");
	}

	@Test
	void previousTargetsKeepTheTargetUnderTheSameKeyAsCurrentTargets() {
		FormComponent previousTargets = find("previousTargets");

		assertThat(previousTargets.property("maxRepeats")).contains("5");
		assertThat(itemQuestion(previousTargets, "target").label()).isEqualTo("My previous target was");
	}

	@Test
	void baselineQuestionsScoreZeroToFivePoints() {
		FormComponent engagement = find("engagement");

		assertThat(engagement.property("points")).contains("0-5");
		assertThat(engagement.values()).first().extracting(FormComponent.Option::label)
			.isEqualTo("5 points – excellent engagement, or 98–100% attendance");
		assertThat(find("engagementOnEntry").hideCondition()).contains("meetingReason != \"initial\"");
	}

	private static FormComponent find(String keyOrPath) {
		return everything(form.components())
			.filter(component -> keyOrPath.equals(component.key()) || keyOrPath.equals(component.path()))
			.findFirst()
			.orElseThrow();
	}

	private static FormComponent itemQuestion(FormComponent list, String key) {
		return list.components().stream().filter(component -> key.equals(component.key())).findFirst().orElseThrow();
	}

	private static Stream<FormComponent> everything(List<FormComponent> components) {
		return components.stream()
			.flatMap(component -> Stream.concat(Stream.of(component), everything(component.components())));
	}

}
