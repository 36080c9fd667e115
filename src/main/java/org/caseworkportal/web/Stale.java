package org.caseworkportal.web;

/**
 * The page this came from was out of date: what it showed has changed since. Answered with a page
 * that says what changed (409).
 */
public class Stale extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** @param whatChanged in a sentence for the person ("Someone else saved this form since you opened it.") */
	public Stale(String whatChanged) {
		super(whatChanged);
	}

}
