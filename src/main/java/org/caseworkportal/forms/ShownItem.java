package org.caseworkportal.forms;

/**
 * Something a person sees in a section of a filled-in form: only what the form's conditions leave
 * visible for the answers given so far. Templates tell the kinds apart by {@link #kind()}.
 */
public sealed interface ShownItem permits Guidance, Question, QuestionGroup, RepeatingGroup {

	String kind();

}
