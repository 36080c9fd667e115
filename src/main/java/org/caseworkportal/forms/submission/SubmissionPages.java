package org.caseworkportal.forms.submission;

import org.springframework.ui.Model;

/** What every page of a submission shows about it: the child, the form and where it lives. */
final class SubmissionPages {

	private SubmissionPages() {
	}

	static void describe(OpenSubmission open, Model model) {
		model.addAttribute("submissionPath", open.path());
		model.addAttribute("formTitle", open.definition().title());
		model.addAttribute("formVersion", open.definition().version());
		model.addAttribute("child", open.child().child());
		model.addAttribute("revision", open.submission().revision());
		if (open.hold() != null) {
			model.addAttribute("hold", open.hold());
		}
	}

}
