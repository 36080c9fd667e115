package org.caseworkportal.forms.submission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.caseworkportal.forms.AnswerChecks;
import org.caseworkportal.forms.Question;
import org.caseworkportal.forms.SectionProgress;
import org.caseworkportal.web.ErrorMessage;

/** The checks before a submission is submitted, wherever it is submitted from. */
public final class SubmitChecks {

	private SubmitChecks() {
	}

	/**
	 * What stops the submission being submitted: each unanswered required question of a visible
	 * section, linked to its page, and each declaration not agreed to. A question that several
	 * sections wait for is listed once.
	 */
	public static List<ErrorMessage> problems(OpenSubmission open, List<String> agreed) {
		List<ErrorMessage> errors = new ArrayList<>();
		for (SectionProgress section : open.progress().sections()) {
			String page = open.path() + "/sections/" + section.section().id();
			if (!section.canStart()) {
				section.answerFirst()
					.forEach(first -> errors.add(new ErrorMessage(first.fieldId(), "Answer '" + first.question() + "' in '"
							+ first.sectionTitle() + "'", open.path() + "/sections/" + first.sectionId())));
				continue;
			}
			AnswerChecks.check(section.section(), page)
				.stream()
				.map(error -> new ErrorMessage(error.field(), section.section().title() + ": " + error.text(), page))
				.forEach(errors::add);
		}
		for (Question declaration : open.form().declarations()) {
			if (!agreed.contains(declaration.name())) {
				errors.add(new ErrorMessage(declaration.id(), "Tick ‘I agree’ to confirm: " + declaration.label()));
			}
		}
		return errors.stream().filter(onePerField()).toList();
	}

	private static Predicate<ErrorMessage> onePerField() {
		Set<String> listed = new HashSet<>();
		return error -> error.field().isEmpty() || listed.add(error.href());
	}

}
