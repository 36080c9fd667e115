package org.caseworkportal.forms.attachments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Files uploaded to form submissions ({@code form_attachment}). A file is checked before it is
 * kept; a rejected file leaves nothing behind. Callers check that the person may see or change
 * the submission.
 */
@Service
public class Attachments {

	private static final String COLUMNS = """
			id, submission_id, field_name, file_name, content_type, size_bytes, uploaded_at""";

	private final JdbcClient jdbc;

	private final UploadCheck check;

	private final Clock clock;

	Attachments(JdbcClient jdbc, AttachmentProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.check = new UploadCheck(properties);
		this.clock = clock;
	}

	/**
	 * Keeps a file uploaded to a filepicker question.
	 * @param fieldName the question's key
	 * @throws RejectedFile when the file is empty, too large or of a type not accepted
	 */
	public StoredFile store(long submissionId, String fieldName, String originalFileName, byte[] content,
			long uploadedBy) {
		String fileName = FileNames.forStorage(originalFileName);
		String contentType = check.check(fileName, content).toString();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into form_attachment (submission_id, field_name, file_name, content_type, size_bytes, content,
				uploaded_by, uploaded_at)
				values (:submissionId, :fieldName, :fileName, :contentType, :sizeBytes, :content, :uploadedBy, :now)""")
			.param("submissionId", submissionId)
			.param("fieldName", fieldName)
			.param("fileName", fileName)
			.param("contentType", contentType)
			.param("sizeBytes", content.length)
			.param("content", content)
			.param("uploadedBy", uploadedBy)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return new StoredFile(keys.getKey().longValue(), submissionId, fieldName, fileName, contentType, content.length,
				now);
	}

	/**
	 * What to tell someone whose upload was too large to reach {@link #store} (the page they
	 * uploaded from has {@code ?upload-too-large}): the same as a file just over the limit.
	 */
	public String tooLargeMessage() {
		return check.tooLargeMessage();
	}

	/** A submission's files, in the order they were uploaded. */
	public List<StoredFile> of(long submissionId) {
		return jdbc.sql("select " + COLUMNS + " from form_attachment where submission_id = :submissionId order by id")
			.param("submissionId", submissionId)
			.query(Attachments::storedFile)
			.list();
	}

	public Optional<StoredFile> find(long attachmentId) {
		return jdbc.sql("select " + COLUMNS + " from form_attachment where id = :id")
			.param("id", attachmentId)
			.query(Attachments::storedFile)
			.optional();
	}

	/**
	 * The file's bytes, as uploaded.
	 * @throws org.springframework.dao.EmptyResultDataAccessException when there is no such file:
	 * {@link #find} it first
	 */
	public byte[] content(long attachmentId) {
		return jdbc.sql("select content from form_attachment where id = :id")
			.param("id", attachmentId)
			.query((rs, row) -> rs.getBytes("content"))
			.single();
	}

	public void delete(long attachmentId) {
		jdbc.sql("delete from form_attachment where id = :id").param("id", attachmentId).update();
	}

	/**
	 * The names of a submission's files by id, as a filepicker answer (a list of ids, as strings)
	 * is shown.
	 */
	public Map<String, String> namesOf(long submissionId) {
		Map<String, String> names = new LinkedHashMap<>();
		of(submissionId).forEach(file -> names.put(String.valueOf(file.id()), file.fileName()));
		return names;
	}

	private static StoredFile storedFile(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getLong("id"), rs.getLong("submission_id"), rs.getString("field_name"),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

}
