package org.caseworkportal.forms.attachments;

/** An uploaded file the portal will not keep; the message is for the person who chose it. */
public class RejectedFile extends RuntimeException {

	RejectedFile(String message) {
		super(message);
	}

}
