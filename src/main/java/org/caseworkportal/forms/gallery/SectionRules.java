package org.caseworkportal.forms.gallery;

import java.util.List;

/**
 * One section of a form with the rules of every question in it, whether or not its conditions
 * show them.
 *
 * @param shownWhen when the section applies, in words; empty when it always does
 * @param completedBy the roles that complete it, in words; empty when the form does not say
 * @param answerFirst the questions to answer before it can be started ("complete in order")
 */
public record SectionRules(String id, String title, String shownWhen, String completedBy, List<String> answerFirst,
		List<QuestionRule> questions) {

	public SectionRules {
		answerFirst = List.copyOf(answerFirst);
		questions = List.copyOf(questions);
	}

}
