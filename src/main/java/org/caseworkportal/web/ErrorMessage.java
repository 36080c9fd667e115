package org.caseworkportal.web;

/**
 * One problem with what someone entered, as GOV.UK's error summary and error message show it.
 *
 * @param field the id of the input the message belongs to, or empty for the page as a whole
 * @param text what to do about it, in GOV.UK style ("Enter your email address")
 * @param page the page the input is on when it is not this one, or empty
 */
public record ErrorMessage(String field, String text, String page) {

	public ErrorMessage(String field, String text) {
		this(field, text, "");
	}

	/** The error summary's link to the input; none for a problem with the whole page (no field). */
	public String href() {
		return field.isEmpty() ? "" : page + "#" + field;
	}

}
