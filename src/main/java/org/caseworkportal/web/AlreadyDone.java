package org.caseworkportal.web;

/**
 * The step has been done meanwhile, by someone else or by a second click, so it cannot be done
 * again. Answered with a page that says what happened (409).
 */
public class AlreadyDone extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** @param whatHappened in a sentence for the person ("This form has been submitted.") */
	public AlreadyDone(String whatHappened) {
		super(whatHappened);
	}

}
