package org.caseworkportal.messaging;

import java.time.Clock;
import java.util.List;

import org.caseworkportal.web.AdminOnly;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.NotVisible;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What administrators see of outgoing email: what is waiting, what failed and what was sent,
 * never the bodies (they can hold sign-in codes). A failed email can be tried again.
 */
@Controller
class AdminMailController {

	static final String MAIL = "/admin/mail";

	private static final int SHOWN = 100;

	private final OutboxRepository outbox;

	private final Clock clock;

	private final OutboxSender sender;

	AdminMailController(OutboxRepository outbox, OutboxSender sender, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.clock = clock;
	}

	@AdminOnly
	@GetMapping(MAIL)
	String mail(Model model) {
		model.addAttribute("waiting", rows(outbox.findWaiting(SHOWN)));
		model.addAttribute("failed", rows(outbox.findFailed(SHOWN)));
		model.addAttribute("sent", rows(outbox.findSent(SHOWN)));
		return "messaging/admin-mail";
	}

	@AdminOnly
	@PostMapping(MAIL + "/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		var entry = outbox.find(id).orElseThrow(NotVisible::new);
		if (outbox.retryFailed(id, clock.instant())) {
			sender.sendSoon();
			redirect.addFlashAttribute("retried", entry.recipient());
		}
		return "redirect:" + MAIL;
	}

	private static List<Row> rows(List<OutboxEntry> entries) {
		return entries.stream().map(Row::of).toList();
	}

	/** What the page shows of one email. Public only so that templates can read it. */
	public record Row(long id, String recipient, String subject, String status, String tagColour, int attempts,
			String queuedAt, String nextAttemptAt, String lastAttemptAt, String lastError, String sentAt,
			String retryAction) {

		static Row of(OutboxEntry entry) {
			return new Row(entry.id(), entry.recipient(), entry.subject(), entry.status().label(),
					tagColour(entry.status()), entry.attempts(), DisplayTime.format(entry.queuedAt()),
					DisplayTime.format(entry.nextAttemptAt()), DisplayTime.format(entry.lastAttemptAt()),
					entry.lastError() == null ? "" : entry.lastError(), DisplayTime.format(entry.sentAt()),
					MAIL + "/" + entry.id() + "/retry");
		}

		private static String tagColour(MailStatus status) {
			return switch (status) {
				case QUEUED -> "govuk-tag--grey";
				case SENDING -> "govuk-tag--blue";
				case SENT -> "govuk-tag--green";
				case FAILED -> "govuk-tag--red";
			};
		}

	}

}
