package org.caseworkportal.messaging;

/** Where an email in the outbox is. */
enum MailStatus {

	/** Waiting for its next attempt. */
	QUEUED("Waiting"),
	/** Claimed by a sender, which is talking to the mail server. */
	SENDING("Sending"),
	/** Accepted by the mail server. */
	SENT("Sent"),
	/** Given up on after repeated failures; an administrator may retry it. */
	FAILED("Failed");

	private final String label;

	MailStatus(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
