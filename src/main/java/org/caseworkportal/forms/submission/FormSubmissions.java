package org.caseworkportal.forms.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caseworkportal.identity.AccountId;
import org.caseworkportal.people.ChildId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Submissions and their answers, stored as JSON in the answer tree form-js uses. */
@Repository
@Transactional
public class FormSubmissions {

	private static final ObjectMapper JSON = new ObjectMapper()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

	private static final String SELECT = """
			select s.*, a.forename || ' ' || a.surname as submitted_by_name
			from form_submission s left join account a on a.id = s.submitted_by
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	FormSubmissions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long start(ChildId child, String formKey, int formVersion, Map<String, Object> answers, Long copiedFrom,
			AccountId by) {
		Timestamp now = Timestamp.from(clock.instant());
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into form_submission (child_id, form_key, form_version, status, answers, completed_sections,
				    revision, copied_from_id, created_by, created_at, updated_by, updated_at)
				values (:child, :key, :version, 'DRAFT', :answers, '', 1, :copiedFrom, :by, :now, :by, :now)""")
			.param("child", child.value())
			.param("key", formKey)
			.param("version", formVersion)
			.param("answers", toJson(answers))
			.param("copiedFrom", copiedFrom)
			.param("by", by.value())
			.param("now", now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	@Transactional(readOnly = true)
	public Optional<Submission> find(long id) {
		return jdbc.sql(SELECT + "where s.id = :id").param("id", id).query((rs, row) -> submission(rs)).optional();
	}

	@Transactional(readOnly = true)
	public List<Submission> ofChild(ChildId child) {
		return jdbc.sql(SELECT + "where s.child_id = :child order by s.updated_at desc, s.id desc")
			.param("child", child.value())
			.query((rs, row) -> submission(rs))
			.list();
	}

	/**
	 * Saves a draft's answers if nobody has saved it since {@code expectedRevision}; false if they
	 * have, or if it has been submitted, and then nothing changes.
	 */
	public boolean saveDraft(long id, int expectedRevision, Map<String, Object> answers, Set<String> completedSections,
			AccountId by) {
		return jdbc.sql("""
				update form_submission set answers = :answers, completed_sections = :completed,
				    revision = revision + 1, updated_by = :by, updated_at = :now
				where id = :id and revision = :revision and status = 'DRAFT'""")
			.param("answers", toJson(answers))
			.param("completed", String.join(",", completedSections))
			.param("by", by.value())
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.param("revision", expectedRevision)
			.update() == 1;
	}

	/**
	 * Submits the draft as last saved at {@code expectedRevision}, with its final answers (the
	 * declarations agreed to); false if it changed since, and then nothing changes.
	 */
	public boolean submit(long id, int expectedRevision, Map<String, Object> answers, AccountId by) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				update form_submission set status = 'SUBMITTED', answers = :answers, revision = revision + 1,
				    submitted_by = :by, submitted_at = :now, updated_by = :by, updated_at = :now
				where id = :id and revision = :revision and status = 'DRAFT'""")
			.param("answers", toJson(answers))
			.param("by", by.value())
			.param("now", now)
			.param("id", id)
			.param("revision", expectedRevision)
			.update() == 1;
	}

	/** Opens a submitted form again for changes: a workflow returned it for amendment. */
	public void reopen(long id, AccountId by) {
		jdbc.sql("""
				update form_submission set status = 'DRAFT', revision = revision + 1, submitted_by = null, submitted_at = null,
				    updated_by = :by, updated_at = :now
				where id = :id and status = 'SUBMITTED'""")
			.param("by", by.value())
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
	}

	private static Submission submission(ResultSet rs) throws SQLException {
		Timestamp submittedAt = rs.getTimestamp("submitted_at");
		return new Submission(rs.getLong("id"), new ChildId(rs.getLong("child_id")), rs.getString("form_key"),
				rs.getInt("form_version"), SubmissionStatus.valueOf(rs.getString("status")),
				fromJson(rs.getString("answers")), sections(rs.getString("completed_sections")), rs.getInt("revision"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("submitted_by_name"),
				submittedAt == null ? null : submittedAt.toInstant());
	}

	private static Set<String> sections(String commaSeparated) {
		Set<String> sections = new LinkedHashSet<>();
		Arrays.stream(commaSeparated.split(",")).filter(id -> !id.isBlank()).forEach(sections::add);
		return sections;
	}

	private static String toJson(Map<String, Object> answers) {
		try {
			return JSON.writeValueAsString(answers);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Answers cannot be written as JSON", e);
		}
	}

	private static Map<String, Object> fromJson(String json) {
		try {
			return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored answers are not JSON", e);
		}
	}

}
