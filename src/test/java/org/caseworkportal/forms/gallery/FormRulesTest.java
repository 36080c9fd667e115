package org.caseworkportal.forms.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.caseworkportal.forms.TestFormDefinitions;
import org.junit.jupiter.api.Test;

/** A form's rules in words, for every question whether or not a condition would show it. */
class FormRulesTest {

	private static final String FORM = """
			{"id": "visit", "type": "default", "versionTag": "1", "components": [
			  {"type": "group", "id": "Group_about", "label": "About the visit",
			   "properties": {"completedBy": "SOCIAL_WORKER, VIRTUAL_SCHOOL"}, "components": [
			    {"type": "text", "id": "Text_1", "text": "Guidance"},
			    {"type": "radio", "id": "Field_seen", "key": "childSeen", "label": "Was the child seen?",
			     "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}],
			     "validate": {"required": true}},
			    {"type": "textarea", "id": "Field_why", "key": "whyNotSeen", "label": "Why not?",
			     "validate": {"maxLength": 500}, "conditional": {"hide": "=childSeen != \\"no\\""}},
			    {"type": "textfield", "id": "Field_name", "key": "childName", "label": "Name",
			     "properties": {"prefill": "child.fullName"}}]},
			  {"type": "group", "id": "Group_actions", "label": "Actions",
			   "properties": {"requires": "childSeen"}, "conditional": {"hide": "=childSeen = \\"no\\""},
			   "components": [
			    {"type": "dynamiclist", "id": "List_actions", "path": "actions", "label": "Action",
			     "properties": {"maxRepeats": "3"}, "components": [
			      {"type": "number", "id": "Field_days", "key": "days", "label": "Days", "validate": {"min": 1, "max": 30}}]}]}]}
			""";

	private final List<SectionRules> sections = FormRules.of(TestFormDefinitions.read(FORM));

	@Test
	void listsEverySectionWithWhoCompletesItWhenItAppliesAndWhatToAnswerFirst() {
		assertThat(sections).extracting(SectionRules::title).containsExactly("About the visit", "Actions");
		assertThat(sections.get(0).completedBy()).isEqualTo("Social worker, Virtual School officer");
		assertThat(sections.get(0).shownWhen()).isEmpty();
		assertThat(sections.get(1).shownWhen()).isEqualTo("Only if “Was the child seen?” is not “No”");
		assertThat(sections.get(1).answerFirst()).containsExactly("Was the child seen?");
	}

	@Test
	void describesEachQuestionIncludingThoseAConditionHides() {
		List<QuestionRule> about = sections.get(0).questions();

		assertThat(about).extracting(QuestionRule::question).containsExactly("Was the child seen?", "Why not?", "Name");
		assertThat(about.get(0)).extracting(QuestionRule::type, QuestionRule::required)
			.containsExactly("One of: Yes, No", true);
		assertThat(about.get(1).limits()).containsExactly("Up to 500 characters");
		assertThat(about.get(1).shownWhen()).isEqualTo("Only if “Was the child seen?” is “No”");
		assertThat(about.get(2).readOnly()).isEqualTo("Prefilled from the case record (child.fullName)");
	}

	@Test
	void listsARepeatingListAndTheQuestionsInsideIt() {
		List<QuestionRule> actions = sections.get(1).questions();

		assertThat(actions).extracting(QuestionRule::question, QuestionRule::within)
			.containsExactly(Tuple.tuple("Action", ""),
					Tuple.tuple("Days", "Action"));
		assertThat(actions.get(0).limits()).containsExactly("Up to 3 items");
		assertThat(actions.get(1).limits()).containsExactly("From 1 to 30");
	}

}
