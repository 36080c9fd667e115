package org.caseworkportal.people.settings;

import java.util.ArrayList;
import java.util.List;

import org.caseworkportal.messaging.MailOutbox;
import org.caseworkportal.messaging.OutgoingEmail;
import org.caseworkportal.people.ListedPerson;
import org.caseworkportal.site.ContactProperties;
import org.caseworkportal.site.PortalProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells a listed person what the listing means and how to register for the professional portal.
 * It names the setting and nothing about its children: an address can be mistyped.
 */
@Component
class ListingInvitations {

	static final String REGISTER_PATH = "/register/professional";

	private final MailOutbox outbox;

	private final PortalProperties portal;

	private final ContactProperties contact;

	private final String registerUrl;

	ListingInvitations(MailOutbox outbox, PortalProperties portal, ContactProperties contact,
			@Value("${portal.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.portal = portal;
		this.contact = contact;
		this.registerUrl = baseUrl.replaceAll("/+$", "") + REGISTER_PATH;
	}

	/** Queues the email in the caller's transaction, so it goes only if the listing is saved. */
	void send(String settingName, ListedPerson person) {
		boolean nominated = ListedPerson.NOMINATED_EMAIL.equals(person.jobTitle());
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(nominated ? "Hello," : "Dear " + person.fullName() + ",");
		paragraphs.add(portal.authorityName()
				+ (nominated ? " has listed this address as the nominated email for " + settingName
						: " has listed you as " + person.jobTitle() + " for " + settingName)
				+ " on " + portal.serviceName() + ".");
		paragraphs.add("To use the professional portal, register with this email address:\n" + registerUrl);
		paragraphs.add("When you have confirmed your email address, your account is linked to " + settingName + ".");
		paragraphs.add("Everyone who uses the portal has their own account. Never share your password, "
				+ "and never give it to anyone who asks for it.");
		if (nominated) {
			paragraphs.add("Colleagues who need the portal should not use this address: ask the Virtual School "
					+ "to list them with their own email addresses.");
		}
		paragraphs.add("If you were not expecting this email, contact " + contact.email() + ".");
		paragraphs.add(portal.authorityName());
		outbox.queue(new OutgoingEmail(person.email(), "You have been listed for " + settingName,
				String.join("\n\n", paragraphs) + "\n"));
	}

}
