package org.caseworkportal.pep;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caseworkportal.forms.CopyForward;
import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.forms.submission.FormSubmissions;
import org.caseworkportal.forms.submission.OpenSubmission;
import org.caseworkportal.forms.submission.SubmissionAccess;
import org.caseworkportal.forms.submission.SubmissionPdfs;
import org.caseworkportal.forms.submission.SubmitChecks;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.identity.Role;
import org.caseworkportal.pep.timescales.PepStep;
import org.caseworkportal.pep.timescales.PepTimescales;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.people.ChildRecord;
import org.caseworkportal.people.ChildSummary;
import org.caseworkportal.people.People;
import org.caseworkportal.people.Relationship;
import org.caseworkportal.people.SettingId;
import org.caseworkportal.web.ErrorMessage;
import org.caseworkportal.workflow.CaseVariables;
import org.caseworkportal.workflow.Workflows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to a PEP, each step checked against {@link PepAccess} and then handed to the
 * process ({@code bpmn/pep.bpmn}): start it, send it for completion, submit the contribution,
 * quality-assure it, spot-check it, finalise it, retract it. A page calls one method; a step that
 * cannot be done now throws {@link PepRefused} with the reason for the person.
 */
@Service
@Transactional
public class PepWorkflow {

	/** The PEP form: the only one so far (seed 002's KS5 PEP). */
	public static final String FORM_KEY = "pep-ks5";

	private final Peps peps;

	private final PepAccess access;

	private final ChildAccessPolicy children;

	private final People people;

	private final FormDefinitions definitions;

	private final FormSubmissions submissions;

	private final SubmissionAccess submissionAccess;

	private final SubmissionPdfs pdfs;

	private final CopyForward copyForward;

	private final PepTimescales timescales;

	private final Workflows workflows;

	private final Clock clock;

	PepWorkflow(Peps peps, PepAccess access, ChildAccessPolicy children, People people, FormDefinitions definitions,
			FormSubmissions submissions, SubmissionAccess submissionAccess, SubmissionPdfs pdfs, CopyForward copyForward,
			PepTimescales timescales, Workflows workflows, Clock clock) {
		this.peps = peps;
		this.access = access;
		this.children = children;
		this.people = people;
		this.definitions = definitions;
		this.submissions = submissions;
		this.submissionAccess = submissionAccess;
		this.pdfs = pdfs;
		this.copyForward = copyForward;
		this.timescales = timescales;
		this.workflows = workflows;
		this.clock = clock;
	}

	/**
	 * Starts a PEP: its form, prefilled from the child's record and copied forward from the child's
	 * last final PEP, and its process, which gives the officer the task of preparing it.
	 */
	public Pep start(PortalUser officer, StartPep request) {
		if (!officer.hasRole(Role.VIRTUAL_SCHOOL)) {
			throw new PepRefused("Only the Virtual School starts PEPs.");
		}
		ChildRecord record = children.recordVisibleTo(officer, request.child())
			.orElseThrow(SubmissionAccess::notFound);
		ChildSummary child = record.child();
		List<Pep> earlier = peps.ofChild(child.id());
		earlier.stream().filter(pep -> pep.stage().open()).findFirst().ifPresent(open -> {
			throw new PepRefused(child.fullName() + " already has a PEP in progress, " + open.reference()
					+ ". Finalise or retract it before starting another.");
		});
		Optional<SettingId> settingId = people.settingOf(child.id());
		if (request.completion() == Completion.SETTING && settingId.isEmpty()) {
			throw new PepRefused(child.fullName() + " is not on the roll of an education setting in the portal. "
					+ "Choose a named professional or complete the PEP in-house.");
		}
		AccountId socialWorker = people.linkedTo(child.id(), Relationship.SOCIAL_WORKER)
			.stream()
			.findFirst()
			.orElseThrow(() -> new PepRefused(child.fullName()
					+ " has no social worker linked in the portal, and the social worker finalises the PEP."));

		FormDefinition form = definitions.find(FORM_KEY)
			.orElseThrow(() -> new IllegalStateException("The PEP form " + FORM_KEY + " is missing from forms/"));
		Optional<Pep> lastFinal = Peps.lastFinalAmong(earlier);
		Map<String, Object> answers = new LinkedHashMap<>(lastFinal
			.flatMap(pep -> submissions.find(pep.submissionId()))
			.map(previous -> copyForward.answersFrom(previous.answers(), form))
			.orElse(Map.of()));
		answers.put("meetingDate", request.meetingDate().toString());
		long submission = submissions.start(child.id(), form.key(), form.version(), answers,
				lastFinal.map(Pep::submissionId).orElse(null), officer.id());

		AccountId professional = request.completion() == Completion.PROFESSIONAL ? request.professional() : null;
		long id;
		try {
			id = peps.add(new NewPep(child.id(), submission, request.meetingDate(), request.completion(),
					settingId.orElse(null), professional, officer.id(), socialWorker, blankToNull(request.comments()),
					timescales.due(PepStep.CONTRIBUTION, request.meetingDate())), clock.instant());
		}
		catch (DuplicateKeyException startedMeanwhile) {
			throw new PepRefused(child.fullName() + " already has a PEP in progress: someone started it at the same moment.");
		}
		if (professional != null) {
			people.linkToChild(professional, child.id(), Relationship.DELEGATED_PROFESSIONAL);
		}
		Pep pep = peps.find(id).orElseThrow();
		CaseVariables variables = CaseVariables.of(id, child.id().value(), officer.id().value())
			.with(PepProcess.MEETING_DATE, request.meetingDate())
			.with(PepProcess.OFFICER, officer.id().value())
			.with(PepProcess.COMPLETION, request.completion().variable())
			.with(PepProcess.SETTING_ID, settingId.map(SettingId::value).orElse(null))
			.with(PepProcess.PROFESSIONAL, professional == null ? null : professional.value());
		String processInstance = workflows.start(PepProcess.KEY, pep.reference(), variables);
		peps.started(id, processInstance);
		return peps.find(id).orElseThrow();
	}

	/** The officer has prepared the PEP: it goes to the school, the named professional, or to completing in-house. */
	public void sendForCompletion(PortalUser officer, long pepId) {
		workflows.complete(atStage(officer, pepId, PepStage.PREPARING).work(), CaseVariables.none());
	}

	/**
	 * Submits the contribution as last saved at {@code expectedRevision}: every visible section must
	 * be complete. Returns what is missing, and then nothing changes; empty when submitted.
	 */
	public List<ErrorMessage> submitContribution(PortalUser user, long pepId, int expectedRevision) {
		PepView view = atStage(user, pepId, PepStage.WITH_SCHOOL, PepStage.RETURNED, PepStage.IN_HOUSE);
		Pep pep = view.pep();
		var submission = submissions.find(pep.submissionId()).orElseThrow();
		if (submission.revision() != expectedRevision) {
			throw new PepRefused("Someone else saved this PEP since you opened this page. Check it again before you submit.");
		}
		ChildRecord child = children.recordOf(pep.childId()).orElseThrow();
		OpenSubmission open = submissionAccess.opened(submission, child, null);
		List<ErrorMessage> problems = SubmitChecks.problems(open, List.of());
		if (!problems.isEmpty()) {
			return problems;
		}
		if (!submissions.submit(submission.id(), expectedRevision, submission.answers(), user.id())) {
			throw new PepRefused("Someone else saved or submitted this PEP since you opened this page. Check it again.");
		}
		peps.contributionSubmitted(pep.id(), user.id(), clock.instant());
		// In-house, no quality assurance follows to decide on a spot-check.
		workflows.complete(view.work(),
				pep.stage() == PepStage.IN_HOUSE ? CaseVariables.none().with(PepProcess.SPOT_CHECK, false) : CaseVariables.none());
		return List.of();
	}

	/** The officer accepts the PEP, or returns it to the school with comments, which reopens its form. */
	public void qualityAssure(PortalUser officer, long pepId, QualityAssurance decision) {
		PepView view = atStage(officer, pepId, PepStage.QUALITY_ASSURANCE);
		Pep pep = view.pep();
		if (!peps.qualityAssured(pep.id(), decision, clock.instant())) {
			throw new PepRefused("This PEP has already been quality-assured: someone decided at the same moment.");
		}
		if (!decision.accepted()) {
			submissions.reopen(pep.submissionId(), officer.id());
		}
		workflows.complete(view.work(), CaseVariables.none()
			.with(PepProcess.QA_DECISION, decision.accepted() ? "accepted" : "returned")
			.with(PepProcess.QA_COMMENTS, decision.comments() == null ? "" : decision.comments())
			.with(PepProcess.SPOT_CHECK, decision.accepted() && decision.spotCheck()));
	}

	public void spotChecked(PortalUser officer, long pepId) {
		workflows.complete(atStage(officer, pepId, PepStage.SPOT_CHECK).work(), CaseVariables.none());
	}

	/**
	 * The social worker finalises the PEP: its PDF is kept on the child's record as it is now, and
	 * the next PEP is due by the form's "date of my next PEP meeting".
	 */
	public void finalise(PortalUser socialWorker, long pepId) {
		PepView view = atStage(socialWorker, pepId, PepStage.FINALISING);
		Pep pep = view.pep();
		var submission = submissions.find(pep.submissionId()).orElseThrow();
		ChildRecord child = children.recordOf(pep.childId()).orElseThrow();
		byte[] pdf = pdfs.of(submissionAccess.opened(submission, child, null));
		if (!peps.finalised(pep.id(), socialWorker.id(), clock.instant(), nextMeeting(submission.answers()).orElse(null), pdf)) {
			throw new PepRefused("This PEP has already been finalised by "
					+ peps.finalisedBy(pep.id()).orElse("someone else") + ".");
		}
		workflows.complete(view.work(), CaseVariables.none());
	}

	/** The form's "date of my next PEP meeting", from which finalising schedules the next PEP; empty when not given. */
	static Optional<LocalDate> nextMeeting(Map<String, Object> answers) {
		Object next = answers.get("nextMeetingDate");
		if (next == null || String.valueOf(next).isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(String.valueOf(next)));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	/** The officer retracts the PEP: every open task of it ends, and a school that was sent it is told. */
	public void retract(PortalUser officer, long pepId, String reason) {
		PepView view = access.viewOf(officer, pepId).orElseThrow(SubmissionAccess::notFound);
		if (!view.mayRetract()) {
			throw new PepRefused("This PEP is " + view.pep().stage().label().toLowerCase() + " and cannot be retracted.");
		}
		peps.retracted(pepId, blankToNull(reason), clock.instant());
		workflows.send(PepProcess.RETRACT, view.pep().reference());
	}

	private PepView atStage(PortalUser user, long pepId, PepStage... stages) {
		PepView view = access.viewOf(user, pepId).orElseThrow(SubmissionAccess::notFound);
		Pep pep = view.pep();
		if (!List.of(stages).contains(pep.stage()) || view.work() == null) {
			throw new PepRefused("This PEP is now at the stage '" + pep.stage().label()
					+ "': someone may have done this already.");
		}
		if (!view.mayWork()) {
			throw new PepRefused("You cannot do this: the PEP is at the stage '" + pep.stage().label() + "'.");
		}
		return view;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
