package org.caseworkportal.forms.attachments;

import java.time.Instant;

/**
 * A file kept for a form submission, without its content.
 *
 * @param fieldName the key of the filepicker question it answers
 * @param fileName the name it was uploaded with, made safe to show and to offer as a download name
 * @param contentType the MIME type detected from its content
 */
public record StoredFile(long id, long submissionId, String fieldName, String fileName, String contentType,
		long sizeBytes, Instant uploadedAt) {

	/** The size as people read it, such as "2.3 MB" or "15 KB". */
	public String sizeText() {
		return FileSizes.text(sizeBytes);
	}

}
