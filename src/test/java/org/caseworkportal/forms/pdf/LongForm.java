package org.caseworkportal.forms.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.caseworkportal.forms.CaseRecord;
import org.caseworkportal.forms.FilledForm;
import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormEvaluator;
import org.caseworkportal.forms.TestFormDefinitions;

/** A form the size of a Personal Education Plan: 15 sections, every one answered, over several pages. */
final class LongForm {

	static final int SECTIONS = 15;

	static final FormDefinition DEFINITION = TestFormDefinitions.read("""
			{"id": "long", "type": "default", "versionTag": "1", "components": [%s]}
			""".formatted(IntStream.rangeClosed(1, SECTIONS).mapToObj(LongForm::section).collect(Collectors.joining(","))));

	private static String section(int n) {
		return """
				{"type": "group", "id": "Group_%1$d", "label": "Section %1$d", "components": [
				  {"type": "textfield", "id": "Field_name_%1$d", "key": "name%1$d", "label": "Name %1$d"},
				  {"type": "textarea", "id": "Field_story_%1$d", "key": "story%1$d", "label": "Story %1$d"},
				  {"type": "radio", "id": "Field_choice_%1$d", "key": "choice%1$d", "label": "Choice %1$d",
				   "values": [{"label": "First", "value": "a"}, {"label": "Second", "value": "b"}]},
				  {"type": "datetime", "id": "Field_date_%1$d", "key": "date%1$d", "subtype": "date", "dateLabel": "Date %1$d"},
				  {"type": "dynamiclist", "id": "List_%1$d", "path": "targets%1$d", "label": "Targets %1$d",
				   "properties": {"maxRepeats": "5"}, "components": [
				    {"type": "textfield", "id": "Field_target_%1$d", "key": "target", "label": "Target"},
				    {"type": "textarea", "id": "Field_steps_%1$d", "key": "steps", "label": "Steps"}]}
				]}
				""".formatted(n);
	}

	static FilledForm filled() {
		Map<String, Object> answers = new HashMap<>();
		for (int n = 1; n <= SECTIONS; n++) {
			answers.put("name" + n, "Answer " + n);
			answers.put("story" + n, "A longer answer that a person wrote, over a line or two. ".repeat(6));
			answers.put("choice" + n, "b");
			answers.put("date" + n, "2026-01-0" + (n % 9 + 1));
			answers.put("targets" + n, List.of(Map.of("target", "Read more", "steps", "Twenty minutes a day"),
					Map.of("target", "Attend", "steps", "Walk to school with a friend")));
		}
		return new FormEvaluator().evaluate(DEFINITION, answers, CaseRecord.EMPTY);
	}

	private LongForm() {
	}

}
