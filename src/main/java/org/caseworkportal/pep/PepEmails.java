package org.caseworkportal.pep;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import org.caseworkportal.messaging.MailOutbox;
import org.caseworkportal.messaging.OutgoingEmail;
import org.caseworkportal.site.PortalProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a PEP email from its template in {@code templates/pep/email/} and queues one copy per
 * recipient in the caller's transaction, which is the engine's: the email goes only if the step
 * that sends it commits.
 */
@Component
class PepEmails {

	/** In {@code about}: the PEP's page, where the email links; without it, the recipient's home. */
	static final String PAGE = "page";

	private final Configuration templates;

	private final MailOutbox outbox;

	private final PortalProperties portal;

	private final String baseUrl;

	PepEmails(Configuration templates, MailOutbox outbox, PortalProperties portal,
			@Value("${portal.base-url}") String baseUrl) {
		this.templates = templates;
		this.outbox = outbox;
		this.portal = portal;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * @param template the template's name without folder or extension
	 * @param about what the template says about the PEP: {@code child}, {@code reference} and
	 * whatever else it uses
	 */
	void send(String template, String subject, List<PepRecipient> recipients, Map<String, Object> about) {
		for (PepRecipient recipient : recipients) {
			Map<String, Object> model = new HashMap<>(about);
			model.put("greeting", recipient.name() == null ? "Hello," : "Dear " + recipient.name() + ",");
			model.put("link", baseUrl + (about.containsKey(PAGE) ? about.get(PAGE) : recipient.home()));
			model.put("authorityName", portal.authorityName());
			model.put("serviceName", portal.serviceName());
			outbox.queue(new OutgoingEmail(recipient.email(), subject, render(template, model)));
		}
	}

	private String render(String template, Map<String, Object> model) {
		var text = new StringWriter();
		try {
			templates.getTemplate("pep/email/" + template + ".ftl").process(model, text);
		}
		catch (IOException | TemplateException ex) {
			throw new IllegalStateException("The PEP email " + template + " could not be written", ex);
		}
		return text.toString();
	}

}
