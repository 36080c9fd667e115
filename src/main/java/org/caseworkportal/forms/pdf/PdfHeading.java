package org.caseworkportal.forms.pdf;

/**
 * What the PDF of a submitted form says about it on every page and under its title, already
 * written for people to read.
 *
 * @param childDateOfBirth for example "5 October 2019"
 * @param submittedOn for example "12 March 2026"
 */
public record PdfHeading(String formTitle, int formVersion, String childName, String childDateOfBirth,
		String submittedBy, String submittedOn) {
}
