/**
 * Files uploaded to forms' filepicker questions: checked (size, and type detected from the
 * content), kept in the database with the submission, read back and deleted. {@link Attachments}
 * is the way in.
 */
package org.caseworkportal.forms.attachments;
