package org.caseworkportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.caseworkportal.forms.FormComponent;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.forms.FormEvaluator;
import org.caseworkportal.forms.submission.FormSubmissions;
import org.caseworkportal.forms.submission.Submission;
import org.caseworkportal.identity.Accounts;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.pep.Completion;
import org.caseworkportal.pep.Pep;
import org.caseworkportal.pep.PepWorkflow;
import org.caseworkportal.pep.QualityAssurance;
import org.caseworkportal.pep.QualityRating;
import org.caseworkportal.pep.StartPep;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.web.ErrorMessage;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo children's PEPs, taken through the real process by the demo people so that a newcomer
 * finds worktrays and trackers with work in them: one PEP at each stage (one of them overdue, one
 * returned for amendment) and finalised PEPs on the children's records. Meeting dates are counted
 * from today. Isla Placewood has none: her first PEP is the newcomer's to start.
 *
 * <p>The process stamps each step with the time it is done, so finalised PEPs whose meetings were
 * months ago show as submitted and finalised today.
 */
@Component
@Profile("demo")
class DemoPeps {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final String RIVERSIDE = "Riverside Demo Academy";

	private static final String OAKFIELD = "Oakfield Demo Primary School";

	private final PepWorkflow workflow;

	private final FormSubmissions submissions;

	private final FormDefinitions definitions;

	private final FormEvaluator evaluator;

	private final Accounts accounts;

	private final Clock clock;

	DemoPeps(PepWorkflow workflow, FormSubmissions submissions, FormDefinitions definitions,
			FormEvaluator evaluator, Accounts accounts, Clock clock) {
		this.workflow = workflow;
		this.submissions = submissions;
		this.definitions = definitions;
		this.evaluator = evaluator;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The demo children in care who have PEPs: everyone in care but Isla. */
	record Children(ChildId amara, ChildId ben, ChildId ella, ChildId finn, ChildId grace) {
	}

	/**
	 * Adds the PEPs in the transaction that adds the people ({@link DemoData#addUnlessPresent}): a
	 * step the process refuses, or a form it finds incomplete, stops the demo starting.
	 */
	void add(Children children) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
		grace(children.grace(), today);
		finn(children.finn(), today);
		started(children.amara(), today.plusDays(10), Completion.SETTING, null);
		ben(children.ben(), today);
		ella(children.ella(), today);
	}

	/** Two PEPs finalised, the second after a return; the third returned for amendment. */
	private void grace(ChildId grace, LocalDate today) {
		PortalUser teacher = user(DemoData.RIVERSIDE_TEACHER_EMAIL);
		Pep pep = delegated(grace, today.minusMonths(8), null);
		submitted(pep, teacher, new DemoPepAnswers("Gracie", RIVERSIDE, pep.meetingDate(), "year12", false, true));
		accepted(pep, QualityRating.GREEN, true);
		finalised(pep);

		pep = delegated(grace, today.minusMonths(4), null);
		DemoPepAnswers inYear13 = new DemoPepAnswers("Gracie", RIVERSIDE, pep.meetingDate(), "year13", false, true);
		submitted(pep, teacher, inYear13);
		returned(pep, "Please say which universities Gracie has applied to and what support she needs.");
		submitted(pep, teacher, inYear13);
		accepted(pep, QualityRating.AMBER, false);
		finalised(pep);

		pep = delegated(grace, today.minusDays(10), null);
		submitted(pep, teacher, new DemoPepAnswers("Gracie", RIVERSIDE, pep.meetingDate(), "year13", false, true));
		returned(pep, "The targets need dates to achieve them by, and who will help Gracie with each.");
	}

	/** One PEP finalised; the next with the school, three weeks after its meeting and so overdue. */
	private void finn(ChildId finn, LocalDate today) {
		Pep pep = delegated(finn, today.minusMonths(5), null);
		submitted(pep, user(DemoData.RIVERSIDE_TEACHER_EMAIL),
				new DemoPepAnswers("Finn", RIVERSIDE, pep.meetingDate(), "year12", false, false));
		accepted(pep, QualityRating.GREEN, false);
		finalised(pep);
		delegated(finn, today.minusWeeks(3), "Finn has a new foster placement: please update the care details.");
	}

	/** One PEP the Virtual School completed in-house, finalised; the next waiting for quality assurance. */
	private void ben(ChildId ben, LocalDate today) {
		Pep pep = started(ben, today.minusMonths(5), Completion.IN_HOUSE, null);
		workflow.sendForCompletion(officer(), pep.id());
		submitted(pep, officer(), new DemoPepAnswers("Ben", OAKFIELD, pep.meetingDate(), "year12", false, false));
		finalised(pep);

		pep = delegated(ben, today.minusWeeks(2), null);
		submitted(pep, user(DemoData.OAKFIELD_TEACHER_EMAIL),
				new DemoPepAnswers("Ben", OAKFIELD, pep.meetingDate(), "year12", false, false));
	}

	/** Her first PEP in care, accepted and with the social worker to finalise. */
	private void ella(ChildId ella, LocalDate today) {
		Pep pep = delegated(ella, today.minusWeeks(5), "Ella's first PEP since she came into care.");
		submitted(pep, user(DemoData.OAKFIELD_TEACHER_EMAIL),
				new DemoPepAnswers("Ella", OAKFIELD, pep.meetingDate(), "year12", true, true));
		accepted(pep, QualityRating.GREEN, false);
	}

	private Pep started(ChildId child, LocalDate meeting, Completion completion, String comments) {
		return workflow.start(officer(),
				new StartPep(child, DemoPepAnswers.weekday(meeting), completion, null, comments));
	}

	/** Started and sent to the child's school. */
	private Pep delegated(ChildId child, LocalDate meeting, String comments) {
		Pep pep = started(child, meeting, Completion.SETTING, comments);
		workflow.sendForCompletion(officer(), pep.id());
		return pep;
	}

	/** Filled in as {@code answers} says, then submitted by whoever completes it. */
	private void submitted(Pep pep, PortalUser by, DemoPepAnswers answers) {
		Submission draft = submissions.find(pep.submissionId()).orElseThrow();
		var form = definitions.find(PepWorkflow.FORM_KEY).orElseThrow();
		LinkedHashSet<String> everySection = form.sections()
			.stream()
			.map(FormComponent::id)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (!submissions.saveDraft(draft.id(), draft.revision(),
				evaluator.withoutHiddenAnswers(form, answers.over(draft.answers())), everySection, by.id())) {
			throw new IllegalStateException("The demo PEP " + pep.reference() + " could not be saved");
		}
		List<ErrorMessage> problems = workflow.submitContribution(by, pep.id(), draft.revision() + 1);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The demo PEP " + pep.reference() + " is not complete: "
					+ problems.stream().map(ErrorMessage::text).toList());
		}
	}

	private void accepted(Pep pep, QualityRating rating, boolean spotCheck) {
		workflow.qualityAssure(officer(), pep.id(), new QualityAssurance(true, rating, null, spotCheck));
		if (spotCheck) {
			workflow.spotChecked(officer(), pep.id());
		}
	}

	private void returned(Pep pep, String comments) {
		workflow.qualityAssure(officer(), pep.id(),
				new QualityAssurance(false, QualityRating.AMBER, comments, false));
	}

	private void finalised(Pep pep) {
		workflow.finalise(user(DemoData.SOCIAL_WORKER_EMAIL), pep.id());
	}

	private PortalUser officer() {
		return user(DemoData.OFFICER_EMAIL);
	}

	private PortalUser user(String email) {
		return accounts.findByEmail(email).orElseThrow();
	}

}
