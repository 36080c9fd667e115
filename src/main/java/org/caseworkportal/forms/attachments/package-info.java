/**
 * Files uploaded to forms' filepicker questions: checked (size, and type detected from the
 * content), kept in the database with the submission, read back and deleted. {@link Attachments}
 * is the way in. A named interface so that a workflow's pages (the PEP's) can show a form's
 * answers, whose uploads are named by file name.
 */
@NamedInterface("attachments")
package org.caseworkportal.forms.attachments;

import org.springframework.modulith.NamedInterface;
