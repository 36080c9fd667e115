package org.caseworkportal.web;

/**
 * One problem with what someone entered, as GOV.UK's error summary and error message show it.
 *
 * @param field the id of the input the message belongs to
 * @param text what to do about it, in GOV.UK style ("Enter your email address")
 * @param page the page the input is on when it is not this one, or empty
 */
public record ErrorMessage(String field, String text, String page) {

	public ErrorMessage(String field, String text) {
		this(field, text, "");
	}

	/** The error summary's link to the input. */
	public String href() {
		return page + "#" + field;
	}

}
