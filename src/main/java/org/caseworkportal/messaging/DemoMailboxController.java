package org.caseworkportal.messaging;

import java.util.List;

import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.NotVisible;
import org.caseworkportal.web.PublicPage;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The demo mailbox's pages. Public on purpose: the demonstration's accounts are fictional and
 * anyone trying it must be able to read the codes it sends. Absent in production.
 */
@Controller
@Conditional(DemoMailboxCondition.class)
class DemoMailboxController {

	static final String MAILBOX = "/demo-mailbox";

	private static final int SHOWN = 50;

	private final DemoMailbox mailbox;

	DemoMailboxController(DemoMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@PublicPage
	@GetMapping(MAILBOX)
	String mailbox(Model model) {
		List<MessageView> messages = mailbox.newestFirst(SHOWN).stream().map(MessageView::of).toList();
		model.addAttribute("messages", messages);
		return "messaging/demo-mailbox";
	}

	@PublicPage
	@GetMapping(MAILBOX + "/{id}")
	String message(@PathVariable long id, Model model) {
		var message = mailbox.find(id).orElseThrow(NotVisible::new);
		model.addAttribute("message", MessageView.of(message));
		return "messaging/demo-mailbox-message";
	}

	/** What the pages show of one message. Public only so that templates can read it. */
	public record MessageView(String href, String from, String to, String subject, String received, List<String> paragraphs) {

		static MessageView of(DemoMailbox.Message message) {
			List<String> paragraphs = List.of(message.textBody().strip().replace("\r\n", "\n").split("\n\\s*\n"));
			return new MessageView(MAILBOX + "/" + message.id(), message.sender(), message.recipient(),
					message.subject(), DisplayTime.format(message.deliveredAt()), paragraphs);
		}

	}

}
