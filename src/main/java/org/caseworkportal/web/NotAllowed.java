package org.caseworkportal.web;

/**
 * This person may see the page but may not do this, whatever its state. Answered as the security
 * rules refuse someone ("You do not have permission to view this page", 403).
 */
public class NotAllowed extends RuntimeException {

	private static final long serialVersionUID = 1L;

}
