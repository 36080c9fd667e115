package org.caseworkportal.forms.submission;

import java.util.Optional;

import org.caseworkportal.identity.PortalUser;

/**
 * A workflow that owns some submissions (a PEP owns its form): while a submission is part of one,
 * the workflow decides who may change it, and it is submitted from the workflow's task page, not
 * from Check your answers. Implemented by each workflow module; the form pages ask every one.
 */
public interface SubmissionWorkflow {

	/** The workflow's hold on this submission for this person; empty if the submission is not part of it. */
	Optional<WorkflowHold> holdOn(Submission submission, PortalUser user);

	/** Whether the workflow starts this form itself, so that it is not started from a child's Forms page. */
	boolean starts(String formKey);

}
