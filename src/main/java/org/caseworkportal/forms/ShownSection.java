package org.caseworkportal.forms;

import java.util.ArrayList;
import java.util.List;

/** A section (a top-level group) that the answers so far leave visible, with what it shows. */
public record ShownSection(FormComponent group, List<ShownItem> items) {

	public String id() {
		return group.id();
	}

	public String title() {
		return group.label();
	}

	/** Every question the section shows, in page order, including those in groups and repeated items. */
	public List<Question> questions() {
		List<Question> questions = new ArrayList<>();
		collectQuestions(items, questions);
		return questions;
	}

	private static void collectQuestions(List<ShownItem> items, List<Question> into) {
		for (ShownItem item : items) {
			if (item instanceof Question question) {
				into.add(question);
			}
			else if (item instanceof QuestionGroup group) {
				collectQuestions(group.items(), into);
			}
			else if (item instanceof RepeatingGroup repeats) {
				repeats.items().forEach(repeated -> collectQuestions(repeated, into));
			}
		}
	}

}
