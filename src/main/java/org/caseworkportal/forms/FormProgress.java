package org.caseworkportal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How far through a form someone is: each visible section's status and the share of sections
 * completed (seed 002's "75% complete"). A section counts as completed once "Save and continue"
 * accepted it and its answers still meet the rules.
 */
public final class FormProgress {

	private final List<SectionProgress> sections;

	private FormProgress(List<SectionProgress> sections) {
		this.sections = List.copyOf(sections);
	}

	public static FormProgress of(FilledForm form, Set<String> completedSectionIds) {
		List<SectionProgress> sections = new ArrayList<>();
		for (ShownSection section : form.sections()) {
			List<Prerequisite> answerFirst = unansweredPrerequisites(form, section);
			sections.add(new SectionProgress(section, statusOf(section, answerFirst, completedSectionIds), answerFirst));
		}
		return new FormProgress(sections);
	}

	public List<SectionProgress> sections() {
		return sections;
	}

	public Optional<SectionProgress> section(String id) {
		return sections.stream().filter(progress -> progress.section().id().equals(id)).findFirst();
	}

	public int percentComplete() {
		if (sections.isEmpty()) {
			return 100;
		}
		long completed = sections.stream().filter(progress -> progress.status() == SectionStatus.COMPLETED).count();
		return (int) (completed * 100 / sections.size());
	}

	public long completedCount() {
		return sections.stream().filter(progress -> progress.status() == SectionStatus.COMPLETED).count();
	}

	private static SectionStatus statusOf(ShownSection section, List<Prerequisite> answerFirst, Set<String> completed) {
		if (!answerFirst.isEmpty()) {
			return SectionStatus.CANNOT_START_YET;
		}
		if (completed.contains(section.id()) && AnswerChecks.check(section, "").isEmpty()) {
			return SectionStatus.COMPLETED;
		}
		return anyAnswered(section.items()) ? SectionStatus.IN_PROGRESS : SectionStatus.NOT_STARTED;
	}

	private static boolean anyAnswered(List<ShownItem> items) {
		for (ShownItem item : items) {
			if (item instanceof Question question && !question.readonly() && question.answered()
					|| item instanceof QuestionGroup group && anyAnswered(group.items())
					|| item instanceof RepeatingGroup repeats && !repeats.items().isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static List<Prerequisite> unansweredPrerequisites(FilledForm form, ShownSection section) {
		List<Prerequisite> unanswered = new ArrayList<>();
		for (String key : PortalProperties.requiredKeys(section.group())) {
			if (form.answers().get(key) == null) {
				unanswered.add(prerequisite(form.definition(), key));
			}
		}
		return unanswered;
	}

	private static Prerequisite prerequisite(FormDefinition definition, String key) {
		for (FormComponent section : definition.sections()) {
			Optional<FormComponent> question = TopScope.find(section.components(), component -> key.equals(component.key()));
			if (question.isPresent()) {
				String field = Question.idOf(key) + ("datetime".equals(question.get().type()) ? "-day" : "");
				return new Prerequisite(question.get().question(), field, section.id(), section.label());
			}
		}
		return new Prerequisite(key, Question.idOf(key), "", "");
	}

}
