package org.caseworkportal.forms.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Whether an uploaded file may be kept: not empty, not too large, and of an allowed type as its
 * content shows it (magic bytes), whatever its name says.
 */
class UploadCheck {

	/** What people call each type the portal can accept, for the message that lists them. */
	private static final Map<MediaType, String> NAMES = Map.of(
			MediaType.application("pdf"), "PDF",
			MediaType.application("msword"), "Word document",
			MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"), "Word document",
			MediaType.application("vnd.oasis.opendocument.text"), "OpenDocument text",
			MediaType.application("vnd.ms-excel"), "Excel spreadsheet",
			MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "Excel spreadsheet",
			MediaType.TEXT_PLAIN, "text file",
			MediaType.image("jpeg"), "JPG",
			MediaType.image("png"), "PNG");

	private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

	private final long maxBytes;

	private final Set<MediaType> allowed;

	private final String tooLarge;

	private final String notAllowed;

	UploadCheck(AttachmentProperties properties) {
		this.maxBytes = properties.maxSize().toBytes();
		this.allowed = allowedTypes(properties.allowedTypes());
		this.tooLarge = "The selected file must be smaller than " + FileSizes.text(maxBytes);
		this.notAllowed = "The selected file must be " + namesOf(allowed);
	}

	/**
	 * @return the file's type, detected from its content
	 * @throws RejectedFile when the file may not be kept
	 */
	MediaType check(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new RejectedFile("The selected file is empty");
		}
		if (content.length > maxBytes) {
			throw new RejectedFile(tooLarge);
		}
		MediaType type = detect(content, fileName);
		if (!allowed.contains(type)) {
			throw new RejectedFile(notAllowed);
		}
		return type;
	}

	String tooLargeMessage() {
		return tooLarge;
	}

	/**
	 * The type the content shows, refined by the name only where the content agrees: a Word file
	 * is a zip (or an OLE2 container) that only its name tells from other such files. Content that
	 * shows no type at all is never given one by its name, or any file could be called "a.pdf".
	 */
	private MediaType detect(byte[] content, String fileName) {
		MediaType fromContent = detect(content, new Metadata());
		if (MediaType.OCTET_STREAM.equals(fromContent)) {
			return fromContent;
		}
		Metadata named = new Metadata();
		named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		return detect(content, named);
	}

	private MediaType detect(byte[] content, Metadata metadata) {
		try {
			return types.detect(new ByteArrayInputStream(content), metadata).getBaseType();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Set<MediaType> allowedTypes(List<String> names) {
		if (names == null || names.isEmpty()) {
			throw new IllegalArgumentException("portal.forms.attachments.allowed-types must list at least one type");
		}
		Set<MediaType> allowedTypes = new LinkedHashSet<>();
		for (String name : names) {
			MediaType type = types.getMediaTypeRegistry().normalize(MediaType.parse(name));
			if (type == null || !NAMES.containsKey(type.getBaseType())) {
				throw new IllegalArgumentException("portal.forms.attachments.allowed-types: \"" + name
						+ "\" is not a type the portal can name to people; it can accept " + NAMES.keySet());
			}
			allowedTypes.add(type.getBaseType());
		}
		return allowedTypes;
	}

	/** "a PDF, Word document or JPG": each name once, in the configured order. */
	private static String namesOf(Set<MediaType> types) {
		List<String> names = types.stream().map(NAMES::get).distinct().toList();
		String list = names.size() == 1 ? names.get(0)
				: String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
		return ("AEIOU".indexOf(list.charAt(0)) >= 0 ? "an " : "a ") + list;
	}

}
