package org.caseworkportal.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each rule a form definition must meet, and the message that names what broke it. */
class FormDefinitionReaderTest {

	private final FormDefinitionReader reader = new FormDefinitionReader(new FeelExpressions());

	@Test
	void readsAFormWithItsKeyVersionAndNestedComponents() {
		FormDefinition form = reader.read("visit.form", form("""
				{"type": "group", "id": "Group_1", "label": "About", "components": [
				  {"type": "dynamiclist", "id": "List_1", "path": "actions", "properties": {"maxRepeats": "5"},
				   "components": [{"type": "textfield", "id": "Field_1", "key": "action"}]}]}
				"""));

		assertThat(form.key()).isEqualTo("visit");
		assertThat(form.version()).isEqualTo(2);
		FormComponent list = form.components().get(0).components().get(0);
		assertThat(list.property("maxRepeats")).contains("5");
		assertThat(list.components()).extracting(FormComponent::key).containsExactly("action");
	}

	@Test
	void unparsableJsonNamesTheFileAndWhere() {
		assertThatThrownBy(() -> reader.read("broken.form", "{\"id\": \"visit\",\n  \"type\": }"))
			.isInstanceOf(InvalidFormDefinitionException.class)
			.hasMessageStartingWith("broken.form: not valid Camunda Forms JSON at line 2, column 11: ");
	}

	@Test
	void aSectionCanRequireOnlyAnswersTheFormHas() {
		assertThatThrownBy(() -> reader.read("visit.form", form("""
				{"type": "group", "id": "Group_1", "label": "About", "properties": {"requires": "childSeen"},
				 "components": [{"type": "textfield", "id": "Field_1", "key": "notes"}]}
				"""))).hasMessage("visit.form: components[0] (id \"Group_1\"): properties.requires names \"childSeen\", "
				+ "which is not the key of a question outside groups with a path and repeating lists");
	}

	@Test
	void aTargetListRollsOnlyIntoAnotherRepeatingList() {
		assertThatThrownBy(() -> reader.read("visit.form", form("""
				{"type": "group", "id": "Group_1", "label": "Targets", "components": [
				  {"type": "textfield", "id": "Field_1", "key": "previous"},
				  {"type": "dynamiclist", "id": "List_1", "path": "current",
				   "properties": {"maxRepeats": "5", "copyForwardInto": "previous"},
				   "components": [{"type": "textfield", "id": "Field_2", "key": "target"}]}]}
				"""))).hasMessageContaining("properties.copyForwardInto names \"previous\", which is not the path of a repeating list");
	}

	@Test
	void anUploadCannotSitInARepeatingList() {
		assertThatThrownBy(() -> reader.read("visit.form", form("""
				{"type": "group", "id": "Group_1", "label": "About", "components": [
				  {"type": "dynamiclist", "id": "List_1", "path": "reports", "properties": {"maxRepeats": "5"},
				   "components": [{"type": "filepicker", "id": "Field_1", "key": "report"}]}]}
				"""))).hasMessageEndingWith("a filepicker must be outside repeating lists and groups with a path");
	}

	@Test
	void aFormNeedsAnId() {
		assertThatThrownBy(() -> reader.read("broken.form", """
				{"type": "default", "versionTag": "1", "components": []}
				""")).hasMessage("broken.form: the form has no id; the id is the form's key");
	}

	@Test
	void aFormNeedsAWholeNumberVersionTag() {
		assertThatThrownBy(() -> reader.read("broken.form", """
				{"id": "visit", "type": "default", "versionTag": "v1.0", "components": []}
				""")).hasMessage("broken.form: versionTag must be a whole number from 1, like \"1\", not \"v1.0\"");
	}

	@Test
	void twoFilesCannotDefineTheSameVersionOfAForm() {
		FormDefinition first = reader.read("visit.form", form(""));
		FormDefinition second = reader.read("visit-copy.form", form(""));

		assertThatThrownBy(() -> new FormDefinitions(List.of(first, second)))
			.hasMessage("visit-copy.form: form id \"visit\" version 2 is already defined in visit.form");
	}

	@Test
	void anUnsupportedComponentTypeIsNamed() {
		assertThatThrownBy(() -> read("""
				{"type": "group", "id": "Group_1", "components": [{"type": "iframe", "id": "Frame_1"}]}
				""")).hasMessage("broken.form: components[0].components[0] (id \"Frame_1\"): unsupported component "
				+ "type \"iframe\"; supported: group, dynamiclist, text, textfield, textarea, number, datetime, "
				+ "select, radio, checkbox, checklist, filepicker");
	}

	@Test
	void anInputNeedsAKey() {
		assertThatThrownBy(() -> read("""
				{"type": "textfield", "id": "Field_1", "label": "Name"}
				""")).hasMessage("broken.form: components[0] (id \"Field_1\"): a key is needed: answers are stored under it");
	}

	@Test
	void keysMustBeUniqueInTheirScopeIncludingThroughGroupsWithoutAPath() {
		assertThatThrownBy(() -> read("""
				{"type": "textfield", "id": "Field_1", "key": "name"},
				{"type": "group", "id": "Group_1", "components": [{"type": "textfield", "id": "Field_2", "key": "name"}]}
				""")).hasMessage("broken.form: components[1].components[0] (id \"Field_2\", key \"name\"): "
				+ "key \"name\" is already used by components[0] in the same scope");
	}

	@Test
	void theSameKeyMayBeUsedInsideARepeatingItem() {
		FormDefinition form = reader.read("visit.form", form("""
				{"type": "textfield", "id": "Field_1", "key": "name"},
				{"type": "dynamiclist", "id": "List_1", "path": "people", "properties": {"maxRepeats": "2"},
				 "components": [{"type": "textfield", "id": "Field_2", "key": "name"}]}
				"""));

		assertThat(form.components()).hasSize(2);
	}

	@Test
	void aDynamicListNeedsAPath() {
		assertThatThrownBy(() -> read("""
				{"type": "dynamiclist", "id": "List_1", "properties": {"maxRepeats": "2"}, "components": []}
				""")).hasMessage("broken.form: components[0] (id \"List_1\"): a path is needed: answers are stored under it");
	}

	@Test
	void choicesNeedValues() {
		assertThatThrownBy(() -> read("""
				{"type": "radio", "id": "Field_1", "key": "seen", "values": []}
				""")).hasMessage("broken.form: components[0] (id \"Field_1\", key \"seen\"): radio needs values (its options)");
	}

	@Test
	void aHideConditionMustBeFeel() {
		assertThatThrownBy(() -> read("""
				{"type": "textfield", "id": "Field_1", "key": "why", "conditional": {"hide": "=seen = = \\"no\\""}}
				""")).isInstanceOfSatisfying(InvalidFormDefinitionException.class, e -> {
					assertThat(e.file()).isEqualTo("broken.form");
					assertThat(e.component()).contains("components[0] (id \"Field_1\", key \"why\")");
					assertThat(e.reason()).startsWith("conditional.hide is not valid FEEL: failed to parse expression");
				});
	}

	@Test
	void aDynamicListNeedsAPositiveMaximumOfRepeats() {
		assertThatThrownBy(() -> read("""
				{"type": "dynamiclist", "id": "List_1", "path": "targets", "properties": {"maxRepeats": "0"}}
				""")).hasMessage("broken.form: components[0] (id \"List_1\", path \"targets\"): "
				+ "properties.maxRepeats must be a whole number from 1 to 999, not \"0\"");
		assertThatThrownBy(() -> read("""
				{"type": "dynamiclist", "id": "List_1", "path": "targets"}
				""")).hasMessage("broken.form: components[0] (id \"List_1\", path \"targets\"): "
				+ "a dynamiclist needs properties.maxRepeats, the most items a person may add");
	}

	@Test
	void pointsOptionsMustBeOnTheScale() {
		assertThatThrownBy(() -> read("""
				{"type": "radio", "id": "Field_1", "key": "settled", "properties": {"points": "0-5"},
				 "values": [{"label": "None", "value": "0"}, {"label": "Lots", "value": "6"}]}
				""")).hasMessage("broken.form: components[0] (id \"Field_1\", key \"settled\"): "
				+ "option value \"6\" is not a point on the scale 0-5");
	}

	@Test
	void completedByNamesKnownRolesOnASection() {
		assertThatThrownBy(() -> read("""
				{"type": "group", "id": "Group_1", "properties": {"completedBy": "SOCIAL_WORKER, HEADTEACHER"}}
				""")).hasMessage("broken.form: components[0] (id \"Group_1\"): properties.completedBy names an unknown "
				+ "role \"HEADTEACHER\"; roles: VIRTUAL_SCHOOL, SOCIAL_WORKER, SEN_CASEWORKER, ADMIN, PROFESSIONAL, PARENT");
	}

	@Test
	void prefillNamesAKnownSourceFromTheCaseRecord() {
		assertThatThrownBy(() -> read("""
				{"type": "textfield", "id": "Field_1", "key": "name", "properties": {"prefill": "child.nickname"}}
				""")).hasMessageStartingWith("broken.form: components[0] (id \"Field_1\", key \"name\"): "
				+ "properties.prefill names an unknown source \"child.nickname\"; sources: child.fullName, ");
	}

	@Test
	void aDeclarationIsACheckbox() {
		assertThatThrownBy(() -> read("""
				{"type": "textfield", "id": "Field_1", "key": "agree", "properties": {"declaration": "true"}}
				""")).hasMessage("broken.form: components[0] (id \"Field_1\", key \"agree\"): "
				+ "properties.declaration is allowed only on checkbox components");
	}

	private FormDefinition read(String components) {
		return reader.read("broken.form", form(components));
	}

	private static String form(String components) {
		return """
				{"id": "visit", "type": "default", "versionTag": "2", "schemaVersion": 16,
				 "components": [%s]}
				""".formatted(components);
	}

}
