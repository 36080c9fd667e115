package org.caseworkportal.forms.submission;

import org.caseworkportal.forms.attachments.Attachments;
import org.caseworkportal.forms.pdf.FormPdfs;
import org.caseworkportal.forms.pdf.PdfHeading;
import org.caseworkportal.web.DisplayTime;
import org.springframework.stereotype.Component;

/** The PDF of a submission as its pages offer it, and as a workflow keeps it when it is final. */
@Component
public class SubmissionPdfs {

	private final FormPdfs pdfs;

	private final Attachments attachments;

	SubmissionPdfs(FormPdfs pdfs, Attachments attachments) {
		this.pdfs = pdfs;
		this.attachments = attachments;
	}

	public byte[] of(OpenSubmission open) {
		return pdfs.submitted(open.form(), heading(open), attachments.namesOf(open.id()));
	}

	/** What the PDF says about the submission: who submitted it when, or that it is a draft. */
	private static PdfHeading heading(OpenSubmission open) {
		var child = open.child().child();
		Submission submission = open.submission();
		return submission.submitted()
				? new PdfHeading(open.definition().title(), open.definition().version(), child.fullName(),
						child.dateOfBirthText(), submission.submittedBy(), DisplayTime.format(submission.submittedAt()))
				: new PdfHeading(open.definition().title() + " (draft)", open.definition().version(), child.fullName(),
						child.dateOfBirthText(), "nobody yet: this is a draft saved", DisplayTime.format(submission.updatedAt()));
	}

}
