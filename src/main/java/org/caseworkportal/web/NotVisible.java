package org.caseworkportal.web;

/**
 * The thing asked for does not exist, or this person may not see it. Answered exactly as an unknown
 * address is ("Page not found", 404), so nobody learns which it was.
 */
public class NotVisible extends RuntimeException {

	private static final long serialVersionUID = 1L;

}
