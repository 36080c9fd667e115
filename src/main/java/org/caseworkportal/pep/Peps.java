package org.caseworkportal.pep;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.caseworkportal.identity.AccountId;
import org.caseworkportal.identity.PortalUser;
import org.caseworkportal.people.ChildId;
import org.caseworkportal.people.SettingId;
import org.caseworkportal.workflow.WorkItem;
import org.caseworkportal.workflow.WorkItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code pep} table: each PEP and where it is, as the pages and trackers read it. */
@Repository
@Transactional
public class Peps {

	private final JdbcClient jdbc;

	Peps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(NewPep pep, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into pep (reference, child_id, submission_id, meeting_date, completion, setting_id, professional_id,
				    officer_id, social_worker_id, comments, stage, contribution_due, returned_count, started_at)
				values (:reference, :child, :submission, :meeting, :completion, :setting, :professional,
				    :officer, :socialWorker, :comments, 'PREPARING', :contributionDue, 0, :now)""")
			.param("reference", "new-" + pep.submissionId())
			.param("child", pep.child().value())
			.param("submission", pep.submissionId())
			.param("meeting", Date.valueOf(pep.meetingDate()))
			.param("completion", pep.completion().name())
			.param("setting", pep.setting() == null ? null : pep.setting().value())
			.param("professional", pep.professional() == null ? null : pep.professional().value())
			.param("officer", pep.officer().value())
			.param("socialWorker", pep.socialWorker() == null ? null : pep.socialWorker().value())
			.param("comments", pep.comments())
			.param("contributionDue", Date.valueOf(pep.contributionDue()))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		jdbc.sql("update pep set reference = :reference where id = :id")
			.param("reference", referenceOf(id, pep.meetingDate()))
			.param("id", id)
			.update();
		jdbc.sql("insert into pep_open (child_id, pep_id) values (:child, :id)")
			.param("child", pep.child().value())
			.param("id", id)
			.update();
		return id;
	}

	/** For example PEP-2026-000042: the meeting's year and a number no other PEP has. */
	static String referenceOf(long id, LocalDate meetingDate) {
		return String.format("PEP-%d-%06d", meetingDate.getYear(), id);
	}

	void started(long id, String processInstanceId) {
		jdbc.sql("update pep set process_instance_id = :process where id = :id")
			.param("process", processInstanceId)
			.param("id", id)
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<Pep> find(long id) {
		return jdbc.sql("select * from pep where id = :id").param("id", id).query((rs, row) -> pep(rs)).optional();
	}

	/**
	 * The PEP as one person sees it, in one statement (the school's pages ask this on every
	 * request): whether they are a member of the setting it was delegated to, its open work item,
	 * and whether they may act on it ({@link WorkItems#MAY_WORK}).
	 */
	@Transactional(readOnly = true)
	Optional<SeenPep> find(long id, PortalUser by) {
		return seen("p.id = :id", by).param("id", id).query((rs, row) -> seenPep(rs)).optional();
	}

	@Transactional(readOnly = true)
	Optional<SeenPep> ofSubmission(long submissionId, PortalUser by) {
		return seen("p.submission_id = :submission", by).param("submission", submissionId)
			.query((rs, row) -> seenPep(rs))
			.optional();
	}

	private JdbcClient.StatementSpec seen(String which, PortalUser by) {
		return jdbc.sql("""
				select p.*, case when exists (select 1 from setting_member m where m.setting_id = p.setting_id
				    and m.account_id = :me) then 1 else 0 end as by_member,
				    %s, case when w.task_id is not null and %s then 1 else 0 end as may_work
				from pep p
				left join work_item w on w.task_id = (select min(x.task_id) from work_item x
				    where x.process_key = :processKey and x.case_id = p.id)
				where %s""".formatted(WorkItems.COLUMNS, WorkItems.MAY_WORK, which))
			.param("me", by.id().value())
			.param("roles", WorkItems.rolesOf(by))
			.param("processKey", PepProcess.KEY);
	}

	private static SeenPep seenPep(ResultSet rs) throws SQLException {
		return new SeenPep(pep(rs), rs.getInt("by_member") == 1, WorkItems.fromRow(rs), rs.getInt("may_work") == 1);
	}

	/**
	 * A PEP as one person sees it: {@code byMember} when they are a member of its setting; its open
	 * work item, null once it has ended; {@code mayWork} when they may act on it.
	 */
	record SeenPep(Pep pep, boolean byMember, WorkItem work, boolean mayWork) {
	}

	@Transactional(readOnly = true)
	public Optional<Pep> ofSubmission(long submissionId) {
		return jdbc.sql("select * from pep where submission_id = :submission")
			.param("submission", submissionId)
			.query((rs, row) -> pep(rs))
			.optional();
	}

	/** The child's PEPs, the newest meeting first. */
	@Transactional(readOnly = true)
	public List<Pep> ofChild(ChildId child) {
		return jdbc.sql("select * from pep where child_id = :child order by meeting_date desc, id desc")
			.param("child", child.value())
			.query((rs, row) -> pep(rs))
			.list();
	}

	/** Each child's current PEP (see {@link #currentAmong}); a child without one is left out. */
	@Transactional(readOnly = true)
	public Map<ChildId, Pep> currentOf(Collection<ChildId> children) {
		if (children.isEmpty()) {
			return Map.of();
		}
		Map<ChildId, List<Pep>> byChild = jdbc.sql("select * from pep where child_id in (:children)")
			.param("children", children.stream().map(ChildId::value).toList())
			.query((rs, row) -> pep(rs))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Pep::childId));
		Map<ChildId, Pep> current = new HashMap<>();
		byChild.forEach((child, peps) -> currentAmong(peps).ifPresent(pep -> current.put(child, pep)));
		return current;
	}

	/** The current one of a child's PEPs: the one in progress, or else the last finalised. A retracted PEP never is. */
	public static Optional<Pep> currentAmong(List<Pep> ofChild) {
		return ofChild.stream()
			.filter(pep -> pep.stage().open())
			.findFirst()
			.or(() -> lastFinalAmong(ofChild));
	}

	/** The last finalised of a child's PEPs: a new PEP's answers are copied forward from it. */
	static Optional<Pep> lastFinalAmong(List<Pep> ofChild) {
		return ofChild.stream()
			.filter(pep -> pep.stage() == PepStage.FINALISED)
			.max(Comparator.comparing(Pep::finalisedAt));
	}

	/** The PEP's new open task (see {@link PepProgress}); the school's task of a PEP returned before is {@link PepStage#RETURNED}. */
	void taskOpened(long id, String taskKey) {
		jdbc.sql("""
				update pep set stage = case when returned_count > 0 and :stage = 'WITH_SCHOOL' then 'RETURNED' else :stage end
				where id = :id""")
			.param("stage", PepStage.ofTask(taskKey).name())
			.param("id", id)
			.update();
	}

	/** The PEP's process ended: finalised or retracted, as its row says, or else ended by an administrator. */
	void ended(long id) {
		jdbc.sql("delete from pep_open where pep_id = :id").param("id", id).update();
		jdbc.sql("""
				update pep set stage = case when finalised_at is not null then 'FINALISED'
				    when retracted_at is not null then 'RETRACTED' else 'ENDED' end
				where id = :id""")
			.param("id", id)
			.update();
	}

	void contributionSubmitted(long id, AccountId by, Instant at) {
		jdbc.sql("""
				update pep set submitted_at = :at, first_submitted_at = coalesce(first_submitted_at, :at), submitted_by = :by
				where id = :id""")
			.param("at", Timestamp.from(at))
			.param("by", by.value())
			.param("id", id)
			.update();
	}

	/**
	 * Records the quality assurance decision while the PEP is at that stage; false when it no
	 * longer is: someone decided at the same moment, and this decision is not recorded.
	 */
	boolean qualityAssured(long id, QualityAssurance decision, Instant at) {
		return jdbc.sql("""
				update pep set qa_comments = :comments, qa_rating = :rating, qa_decided_at = :at,
				    returned_count = returned_count + :returned
				where id = :id and stage = 'QUALITY_ASSURANCE'""")
			.param("comments", decision.comments())
			.param("rating", decision.rating().name())
			.param("at", Timestamp.from(at))
			.param("returned", decision.accepted() ? 0 : 1)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Records the PEP as finalised, with its final PDF, while it waits to be; false when it no
	 * longer does: someone finalised it at the same moment, and nothing is written.
	 */
	boolean finalised(long id, AccountId by, Instant at, LocalDate nextMeetingDate, byte[] pdf) {
		boolean claimed = jdbc.sql("""
				update pep set finalised_at = :at, finalised_by = :by, next_meeting_date = :next
				where id = :id and stage = 'FINALISING' and finalised_at is null""")
			.param("at", Timestamp.from(at))
			.param("by", by.value())
			.param("next", nextMeetingDate == null ? null : Date.valueOf(nextMeetingDate))
			.param("id", id)
			.update() == 1;
		if (claimed) {
			jdbc.sql("insert into pep_final_pdf (pep_id, content, created_at) values (:id, :pdf, :at)")
				.param("id", id)
				.param("pdf", pdf)
				.param("at", Timestamp.from(at))
				.update();
		}
		return claimed;
	}

	/** Who finalised the PEP, by name; empty while nobody has. */
	@Transactional(readOnly = true)
	Optional<String> finalisedBy(long id) {
		return jdbc.sql("select a.forename, a.surname from pep p join account a on a.id = p.finalised_by where p.id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getString("forename") + " " + rs.getString("surname"))
			.optional();
	}

	void retracted(long id, String reason, Instant at) {
		jdbc.sql("update pep set retracted_at = :at, retraction_reason = :reason where id = :id")
			.param("at", Timestamp.from(at))
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	/** The final PEP's PDF as it was when the social worker finalised it. */
	@Transactional(readOnly = true)
	public Optional<byte[]> finalPdf(long id) {
		return jdbc.sql("select content from pep_final_pdf where pep_id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	private static Pep pep(ResultSet rs) throws SQLException {
		return new Pep(rs.getLong("id"), rs.getString("reference"), new ChildId(rs.getLong("child_id")),
				rs.getLong("submission_id"), date(rs, "meeting_date"), Completion.valueOf(rs.getString("completion")),
				rs.getObject("setting_id") == null ? null : new SettingId(rs.getLong("setting_id")),
				account(rs, "professional_id"), account(rs, "officer_id"), account(rs, "social_worker_id"),
				rs.getString("comments"), PepStage.valueOf(rs.getString("stage")), date(rs, "contribution_due"), instant(rs, "first_submitted_at"),
				instant(rs, "submitted_at"), rs.getInt("returned_count"), rs.getString("qa_comments"),
				rs.getString("qa_rating") == null ? null : QualityRating.valueOf(rs.getString("qa_rating")),
				instant(rs, "qa_decided_at"), instant(rs, "started_at"), instant(rs, "finalised_at"), date(rs, "next_meeting_date"),
				instant(rs, "retracted_at"));
	}

	private static AccountId account(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column) == null ? null : new AccountId(rs.getLong(column));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
