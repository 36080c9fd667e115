package org.caseworkportal.forms.submission;

import java.util.List;

import org.caseworkportal.web.ErrorMessage;

/**
 * What became of a save of one section.
 *
 * @param shown the submission as the page should now show it: with what was posted when it was
 *     not saved, so nothing typed is lost
 * @param saved whether the answers were stored
 * @param completed whether "Save and continue" accepted the section
 * @param newQuestions whether the answers opened questions on this page the person has not seen
 */
record SectionSave(OpenSubmission shown, List<ErrorMessage> errors, boolean saved, boolean completed,
		boolean newQuestions, int revision) {
}
