package org.caseworkportal.forms.submission;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.caseworkportal.forms.CopyForward;
import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildAccessPolicy;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.ChildRecord;
import org.caseworkportal.web.DisplayTime;
import org.caseworkportal.web.StaffOrProfessional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A child's forms (seed 001 "Forms Section"): what has been started or submitted for the child,
 * and the forms that can be started, from blank or from the child's previous submission.
 */
@Controller
class ChildFormsController {

	private final ChildAccessPolicy accessPolicy;

	private final FormSubmissions submissions;

	private final FormDefinitions definitions;

	private final CopyForward copyForward;

	private final ObjectProvider<SubmissionWorkflow> workflows;

	ChildFormsController(ChildAccessPolicy accessPolicy, FormSubmissions submissions, FormDefinitions definitions,
			CopyForward copyForward, ObjectProvider<SubmissionWorkflow> workflows) {
		this.accessPolicy = accessPolicy;
		this.submissions = submissions;
		this.definitions = definitions;
		this.copyForward = copyForward;
		this.workflows = workflows;
	}

	@StaffOrProfessional
	@GetMapping("/children/{childId}/forms")
	String forms(@PathVariable long childId, @AuthenticationPrincipal PortalUser user, Model model) {
		ChildRecord child = visibleChild(childId, user);
		List<Submission> ofChild = submissions.ofChild(child.child().id());
		model.addAttribute("child", child.child());
		model.addAttribute("submissions", ofChild.stream().map(submission -> SubmissionListing.of(submission, titleOf(submission))).toList());
		model.addAttribute("startable", definitions.latestVersions()
			.stream()
			.filter(form -> !startedByAWorkflow(form.key()))
			.map(form -> startable(form, ofChild))
			.toList());
		return "forms/child-forms";
	}

	@StaffOrProfessional
	@PostMapping("/children/{childId}/forms")
	String start(@PathVariable long childId, @RequestParam String formKey,
			@RequestParam(required = false) Long copyFrom, @AuthenticationPrincipal PortalUser user) {
		ChildRecord child = visibleChild(childId, user);
		FormDefinition form = definitions.find(formKey)
			.filter(found -> !startedByAWorkflow(found.key()))
			.orElseThrow(SubmissionAccess::notFound);
		Map<String, Object> answers = Map.of();
		if (copyFrom != null) {
			Submission previous = submissions.find(copyFrom)
				.filter(earlier -> earlier.childId().equals(child.child().id()) && earlier.formKey().equals(formKey))
				.orElseThrow(SubmissionAccess::notFound);
			answers = copyForward.answersFrom(previous.answers(), form);
		}
		long id = submissions.start(child.child().id(), form.key(), form.version(), answers, copyFrom, user.id());
		return "redirect:/forms/" + id;
	}

	private boolean startedByAWorkflow(String formKey) {
		return workflows.stream().anyMatch(workflow -> workflow.starts(formKey));
	}

	private ChildRecord visibleChild(long childId, PortalUser user) {
		return accessPolicy.recordVisibleTo(user, new ChildId(childId)).orElseThrow(SubmissionAccess::notFound);
	}

	private String titleOf(Submission submission) {
		return definitions.find(submission.formKey(), submission.formVersion())
			.map(FormDefinition::title)
			.orElse(submission.formKey());
	}

	private static StartableForm startable(FormDefinition form, List<Submission> ofChild) {
		Optional<Submission> previous = ofChild.stream()
			.filter(submission -> submission.formKey().equals(form.key()) && submission.submitted())
			.max(Comparator.comparing(Submission::submittedAt));
		return new StartableForm(form.key(), form.title(), previous.map(Submission::id).orElse(null),
				previous.map(submission -> DisplayTime.format(submission.submittedAt())).orElse(null));
	}

}
