package org.caseworkportal.forms.submission;

import java.util.Map;
import java.util.Optional;

import org.caseworkportal.forms.CaseRecord;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.forms.FormEvaluator;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.people.ChildRecord;
import org.caseworkportal.web.NotVisible;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Opens a submission for a person through the one access policy: a submission about a child they
 * are not linked to is "not found", exactly like one that does not exist.
 */
@Component
public class SubmissionAccess {

	private final FormSubmissions submissions;

	private final FormDefinitions definitions;

	private final FormEvaluator evaluator;

	private final ChildAccessPolicy accessPolicy;

	private final ObjectProvider<SubmissionWorkflow> workflows;

	SubmissionAccess(FormSubmissions submissions, FormDefinitions definitions, FormEvaluator evaluator,
			ChildAccessPolicy accessPolicy, ObjectProvider<SubmissionWorkflow> workflows) {
		this.submissions = submissions;
		this.definitions = definitions;
		this.evaluator = evaluator;
		this.accessPolicy = accessPolicy;
		this.workflows = workflows;
	}

	/** The submission, if the person may see its child; "not found" otherwise. */
	public OpenSubmission open(long id, PortalUser user) {
		Submission submission = submissions.find(id).orElseThrow(SubmissionAccess::notFound);
		ChildRecord child = accessPolicy.recordVisibleTo(user, submission.childId()).orElseThrow(SubmissionAccess::notFound);
		WorkflowHold hold = workflows.orderedStream()
			.map(workflow -> workflow.holdOn(submission, user))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		if (hold != null && !hold.maySee()) {
			throw notFound();
		}
		return withAnswers(submission, child, submission.answers(), hold);
	}

	/**
	 * The submission as it shows for a child whose record the caller has already read through the
	 * access policy: for a workflow that has checked who may act, without asking again.
	 */
	public OpenSubmission opened(Submission submission, ChildRecord child, WorkflowHold hold) {
		return withAnswers(submission, child, submission.answers(), hold);
	}

	/** The same submission shown with other answers: what someone posted, before it is saved. */
	OpenSubmission withAnswers(OpenSubmission open, Map<String, Object> answers) {
		return withAnswers(open.submission(), open.child(), answers, open.hold());
	}

	private OpenSubmission withAnswers(Submission submission, ChildRecord child, Map<String, Object> answers,
			WorkflowHold hold) {
		var definition = definitions.find(submission.formKey(), submission.formVersion())
			.orElseThrow(() -> new IllegalStateException("Form " + submission.formKey() + " version "
					+ submission.formVersion() + " is no longer in forms/; keep old versions (see forms/README.md)"));
		CaseRecord caseRecord = CaseRecords.of(child);
		return new OpenSubmission(submission, definition, child, caseRecord,
				evaluator.evaluate(definition, answers, caseRecord), hold);
	}

	/** Not found, exactly like a submission that does not exist. */
	public static NotVisible notFound() {
		return new NotVisible();
	}

}
