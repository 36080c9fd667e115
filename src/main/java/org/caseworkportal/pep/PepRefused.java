package org.caseworkportal.pep;

/** A PEP action that cannot be done now, with the reason written for the person who tried it. */
public class PepRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PepRefused(String reason) {
		super(reason);
	}

}
