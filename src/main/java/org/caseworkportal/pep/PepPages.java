package org.caseworkportal.pep;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.caseworkportal.forms.submission.OpenSubmission;
import org.caseworkportal.forms.submission.SubmissionAccess;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.site.ContactProperties;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every PEP page shows: the PEP, its header and its form as this person may see it. Model
 * attributes: {@code pep} ({@link Pep}), {@code view} ({@link PepView}), {@code header}
 * ({@link PepHeader}), {@code submission} (the form as {@link OpenSubmission}, its hold saying
 * whether this person may change it) and {@code child} (the child's summary).
 */
@Component
class PepPages {

	static final DateTimeFormatter GOVUK_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final SubmissionAccess submissions;

	private final Accounts accounts;

	private final ContactProperties contact;

	private final Clock clock;

	PepPages(SubmissionAccess submissions, Accounts accounts, ContactProperties contact, Clock clock) {
		this.submissions = submissions;
		this.accounts = accounts;
		this.contact = contact;
		this.clock = clock;
	}

	void describe(PepView view, PortalUser user, Model model) {
		Pep pep = view.pep();
		OpenSubmission form = submissions.open(pep.submissionId(), user);
		model.addAttribute("pep", pep);
		model.addAttribute("view", view);
		model.addAttribute("submission", form);
		model.addAttribute("child", form.child().child());
		model.addAttribute("header", header(pep, form));
	}

	PepHeader header(Pep pep, OpenSubmission form) {
		var record = form.child();
		String sentBy = accounts.find(pep.officer()).map(PortalUser::displayName).orElse("the Virtual School");
		LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
		return new PepHeader(pep.reference(), record.child().fullName(), record.child().dateOfBirthText(),
				record.details().homeAddress(), pep.dueDate() == null ? null : GOVUK_DATE.format(pep.dueDate()),
				pep.dueDate() != null && pep.dueDate().isBefore(today), sentBy, "Virtual School", contact.phone(),
				form.definition().title(), pep.comments(), pep.returned() ? pep.qaComments() : null,
				form.progress().percentComplete(), pep.stage().label());
	}

}
