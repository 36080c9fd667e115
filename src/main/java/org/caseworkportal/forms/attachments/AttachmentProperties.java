package org.caseworkportal.forms.attachments;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Which uploaded files the portal keeps ({@code portal.forms.attachments.*}).
 *
 * @param maxSize the largest file accepted; Spring's multipart limits must be higher, so that a
 * file a little too large reaches the check and its message
 * @param allowedTypes the MIME types accepted, as detected from a file's content; each must be one
 * {@link UploadCheck} can name in its message
 */
@ConfigurationProperties("portal.forms.attachments")
record AttachmentProperties(DataSize maxSize, List<String> allowedTypes) {

}
