package org.caseworkportal.web;

/**
 * One problem with what someone entered, as GOV.UK's error summary and error message show it.
 *
 * @param field the id of the input the message belongs to
 * @param text what to do about it, in GOV.UK style ("Enter your email address")
 */
public record ErrorMessage(String field, String text) {

	/** The error summary's link to the input. */
	public String href() {
		return "#" + field;
	}

}
