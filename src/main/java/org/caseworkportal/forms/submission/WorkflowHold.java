package org.caseworkportal.forms.submission;

/**
 * What a workflow says about a submission it owns, for one person.
 *
 * @param maySee whether this person may see it at all: when not, it is "not found" to them
 * @param mayEdit whether this person may change the answers now
 * @param taskPage where the submission is worked on and submitted, for example {@code /peps/42}
 * @param name what the task page is called, for example "PEP-2026-000042"
 * @param whyNot when the person may not change it, why, in a sentence for them
 */
public record WorkflowHold(boolean maySee, boolean mayEdit, String taskPage, String name, String whyNot) {
}
