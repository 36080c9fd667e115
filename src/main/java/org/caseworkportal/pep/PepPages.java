package org.caseworkportal.pep;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.caseworkportal.forms.attachments.Attachments;
import org.caseworkportal.forms.submission.OpenSubmission;
import org.caseworkportal.forms.submission.SubmissionAccess;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.site.ContactProperties;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.web.DisplayTime;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every PEP page shows: the PEP, its header and its form as this person may see it. Model
 * attributes: {@code pep} ({@link Pep}), {@code view} ({@link PepView}), {@code header}
 * ({@link PepHeader}), {@code submission} (the form as {@link OpenSubmission}, its hold saying
 * whether this person may change it), {@code child} (the child's summary), {@code attachmentNames}
 * (for the answers of uploads), {@code keyDates} ({@link PepKeyDates.KeyDate}s), {@code completer}
 * (who completes it), {@code holder} (who holds it now, or none), {@code socialWorker} (who
 * finalises it), {@code nextMeeting} (the form's "date of my next PEP meeting", written for people,
 * or none), {@code qualityRatings} (best first) and {@code errors}. A step that went well leaves
 * {@link #NOTICE} for the page after its redirect.
 */
@Component
class PepPages {

	/** The flash attribute with what a step just did, shown in a success banner by {@code pep/_header.ftlh}. */
	static final String NOTICE = "pepNotice";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final PepAccess access;

	private final SubmissionAccess submissions;

	private final Attachments attachments;

	private final PepKeyDates keyDates;

	private final PepHolders holders;


	private final ContactProperties contact;

	private final Clock clock;

	PepPages(PepAccess access, SubmissionAccess submissions, Attachments attachments, PepKeyDates keyDates,
			PepHolders holders, ContactProperties contact, Clock clock) {
		this.access = access;
		this.submissions = submissions;
		this.attachments = attachments;
		this.keyDates = keyDates;
		this.holders = holders;
		this.contact = contact;
		this.clock = clock;
	}

	/** The PEP's page as this person sees it now, with what stopped their last action; "not found" when they may not see it. */
	String page(long pepId, PortalUser user, Model model, List<ErrorMessage> errors) {
		PepView view = access.viewOf(user, pepId).orElseThrow(SubmissionAccess::notFound);
		describe(view, user, model);
		model.addAttribute("errors", errors);
		return templateFor(view);
	}

	/** The task page of the open task, for whoever may do it; the overview otherwise. */
	static String templateFor(PepView view) {
		if (!view.mayWork()) {
			return "pep/overview";
		}
		switch (view.pep().stage()) {
			case PREPARING:
				return "pep/prepare";
			case WITH_SCHOOL, RETURNED, IN_HOUSE:
				return "pep/contribution";
			case QUALITY_ASSURANCE:
				return "pep/quality-assurance";
			case SPOT_CHECK:
				return "pep/spot-check";
			case FINALISING:
				return "pep/finalise";
			default:
				return "pep/overview";
		}
	}

	void describe(PepView view, PortalUser user, Model model) {
		Pep pep = view.pep();
		OpenSubmission form = submissions.open(pep.submissionId(), user);
		model.addAttribute("pep", pep);
		model.addAttribute("view", view);
		model.addAttribute("submission", form);
		model.addAttribute("child", form.child().child());
		model.addAttribute("header", header(view, form));
		model.addAttribute("attachmentNames", attachments.namesOf(pep.submissionId()));
		model.addAttribute("keyDates", keyDates.of(pep));
		model.addAttribute("completer", holders.completer(pep));
		model.addAttribute("socialWorker", holders.socialWorker(pep));
		model.addAttribute("qualityRatings", QualityRating.values());
		String holder = holders.holder(pep);
		if (holder != null) {
			model.addAttribute("holder", holder);
		}
		PepWorkflow.nextMeeting(form.submission().answers())
			.ifPresent(next -> model.addAttribute("nextMeeting", DisplayTime.date(next)));
	}

	PepHeader header(PepView view, OpenSubmission form) {
		Pep pep = view.pep();
		LocalDate due = view.work() == null ? null : view.work().dueDate();
		var record = form.child();
		String sentBy = holders.officer(pep);
		LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
		return new PepHeader(pep.reference(), record.child().fullName(), record.child().dateOfBirthText(),
				record.details().homeAddress(), due == null ? null : DisplayTime.date(due), due != null && due.isBefore(today),
				sentBy, "Virtual School", contact.phone(),
				form.definition().title(), pep.comments(), pep.stage() == PepStage.RETURNED ? pep.qaComments() : null,
				form.progress().percentComplete(), pep.stage().label());
	}

}
