package org.caseworkportal.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseworkportal.forms.FormComponent;
import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.TestFormDefinitions;
import org.junit.jupiter.api.Test;

/** When a question of a printed form applies, said the other way round from the condition that hides it. */
class ConditionWordingTest {

	private static final FormDefinition FORM = TestFormDefinitions.read("""
			{"id": "plan", "type": "default", "versionTag": "1", "components": [
			  {"type": "group", "id": "Group_1", "label": "Plan", "components": [
			    {"type": "select", "id": "Field_reason", "key": "meetingReason", "label": "Why is the meeting held?",
			     "values": [{"label": "Annual review", "value": "review"}, {"label": "New plan", "value": "new"}]},
			    {"type": "checklist", "id": "Field_needs", "key": "needs", "label": "Needs",
			     "values": [{"label": "Autism", "value": "ASD"}]},
			    {"type": "textfield", "id": "Field_1", "key": "notReview", "conditional": {"hide": "=meetingReason = \\"review\\""}},
			    {"type": "textfield", "id": "Field_2", "key": "autism", "conditional": {"hide": "=not(list contains(needs, \\"ASD\\"))"}},
			    {"type": "textfield", "id": "Field_3", "key": "other", "conditional": {"hide": "=meetingReason != \\"review\\" and needs = null"}},
			    {"type": "textfield", "id": "Field_4", "key": "always"}
			  ]}]}
			""");

	private final ConditionWording wording = new ConditionWording(FORM);

	@Test
	void namesTheQuestionAndOptionByTheirLabels() {
		assertThat(wording.of(component(2))).isEqualTo("Only if “Why is the meeting held?” is not “Annual review”");
		assertThat(wording.of(component(3))).isEqualTo("Only if “Needs” includes “Autism”");
	}

	@Test
	void printsAnyOtherConditionAsWritten() {
		assertThat(wording.of(component(4))).isEqualTo("Shown unless: meetingReason != \"review\" and needs = null");
	}

	@Test
	void saysNothingOfAQuestionThatAlwaysApplies() {
		assertThat(wording.of(component(5))).isEmpty();
	}

	private static FormComponent component(int index) {
		return FORM.sections().get(0).components().get(index);
	}

}
