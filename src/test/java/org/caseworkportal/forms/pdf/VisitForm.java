package org.caseworkportal.forms.pdf;

import java.util.List;
import java.util.Map;

import org.caseworkportal.forms.CaseRecord;
import org.caseworkportal.forms.FilledForm;
import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormEvaluator;
import org.caseworkportal.forms.TestFormDefinitions;

/**
 * A small visit form and its answers: "Why was the child not seen?" is hidden because the child was
 * seen, yet its old answer SECRET-HIDDEN is still in the answers, as is the follow-up date of an
 * action that needs no follow-up.
 */
final class VisitForm {

	static final FormDefinition DEFINITION = TestFormDefinitions.read("""
			{"id": "visit", "type": "default", "versionTag": "3", "components": [
			  {"type": "group", "id": "Group_visit", "label": "About the visit", "components": [
			    {"type": "text", "id": "Text_intro", "text": "GUIDANCE-FOR-THE-WRITER"},
			    {"type": "radio", "id": "Field_seen", "key": "childSeen", "label": "Was the child seen?",
			     "values": [{"label": "Yes, in person", "value": "yes"}, {"label": "No", "value": "no"}],
			     "validate": {"required": true}},
			    {"type": "textarea", "id": "Field_why", "key": "whyNotSeen", "label": "Why was the child not seen?",
			     "conditional": {"hide": "=childSeen != \\"no\\""}},
			    {"type": "textarea", "id": "Field_notes", "key": "notes", "label": "Anything else to note?"},
			    {"type": "group", "id": "Group_home", "label": "The placement", "components": [
			      {"type": "datetime", "id": "Field_since", "key": "livingThereSince", "subtype": "date",
			       "dateLabel": "Living there since"},
			      {"type": "checklist", "id": "Field_needs", "key": "needs", "label": "Needs noted",
			       "values": [{"label": "Speech and language", "value": "sl"}, {"label": "Hearing", "value": "hearing"}]}
			    ]},
			    {"type": "filepicker", "id": "Field_photos", "key": "photos", "label": "Photos of the room",
			     "multiple": true}
			  ]},
			  {"type": "group", "id": "Group_actions", "label": "Actions", "components": [
			    {"type": "dynamiclist", "id": "List_actions", "path": "actions", "label": "Actions agreed",
			     "properties": {"maxRepeats": "4"}, "components": [
			      {"type": "textfield", "id": "Field_action", "key": "action", "label": "Action"},
			      {"type": "radio", "id": "Field_follow", "key": "followUp", "label": "Follow up?",
			       "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}]},
			      {"type": "datetime", "id": "Field_by", "key": "followUpBy", "subtype": "date",
			       "dateLabel": "Follow up by", "conditional": {"hide": "=followUp != \\"yes\\""}}
			    ]}
			  ]},
			  {"type": "group", "id": "Group_missed", "label": "The missed visit",
			   "conditional": {"hide": "=childSeen = \\"no\\" or notes = null"}, "components": [
			    {"type": "number", "id": "Field_tries", "key": "tries", "label": "How many times did you try?"}
			  ]}
			]}
			""");

	static final Map<String, String> ATTACHMENT_NAMES = Map.of("101", "bedroom.jpg", "102", "garden.jpg");

	static FilledForm filled() {
		Map<String, Object> answers = Map.of("childSeen", "yes", "whyNotSeen", "SECRET-HIDDEN", "needs",
				List.of("sl", "hearing"), "livingThereSince", "2025-03-05", "photos", List.of(101L, 102L), "actions",
				List.of(Map.of("action", "Book the review", "followUp", "yes", "followUpBy", "2026-04-01"),
						Map.of("action", "Call the school", "followUp", "no", "followUpBy", "SECRET-HIDDEN")));
		return new FormEvaluator().evaluate(DEFINITION, answers, CaseRecord.EMPTY);
	}

	private VisitForm() {
	}

}
