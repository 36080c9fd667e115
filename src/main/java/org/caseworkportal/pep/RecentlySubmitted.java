package org.caseworkportal.pep;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.caseworkportal.forms.FormDefinition;
import org.caseworkportal.forms.FormDefinitions;
import org.caseworkportal.identity.PortalUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PEPs a professional's settings, or the professional by name, submitted in the last days
 * the settings say (seed 002, "Recently Submitted Tasks"), whatever stage they are at now.
 */
@Repository
@Transactional(readOnly = true)
class RecentlySubmitted {

	private static final String SUBMITTED = """
			select p.id, p.reference, p.stage, p.submission_id, p.submitted_at, s.form_key, c.forename, c.surname,
			    b.forename as by_forename, b.surname as by_surname
			from pep p
			join child c on c.id = p.child_id
			join form_submission s on s.id = p.submission_id
			left join account b on b.id = p.submitted_by
			where p.id in (%s)
			order by p.submitted_at desc, p.id desc""";

	/**
	 * The ids of the PEPs delegated to the person's settings or to them by name, submitted since
	 * {@code :since}. Two selects, each on its own index, rather than one with an {@code or},
	 * which H2 answers by reading every PEP.
	 */
	private static final String SCHOOLS_PEPS = """
			select q.id from setting_member m join pep q on q.setting_id = m.setting_id
			where m.account_id = :me and q.completion = 'SETTING' and q.submitted_at >= :since
			union all
			select q.id from pep q where q.professional_id = :me and q.completion = 'PROFESSIONAL' and q.submitted_at >= :since""";

	private final JdbcClient jdbc;

	private final FormDefinitions definitions;

	private final RecentlySubmittedProperties properties;

	private final Clock clock;

	RecentlySubmitted(JdbcClient jdbc, FormDefinitions definitions, RecentlySubmittedProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.definitions = definitions;
		this.properties = properties;
		this.clock = clock;
	}

	List<SubmittedPep> of(PortalUser professional) {
		return jdbc.sql(SUBMITTED.formatted(SCHOOLS_PEPS))
			.param("me", professional.id().value())
			.param("since", since())
			.query((rs, row) -> submitted(rs))
			.list();
	}

	long count(PortalUser professional) {
		return jdbc.sql("select count(*) from pep p where p.id in (" + SCHOOLS_PEPS + ")")
			.param("me", professional.id().value())
			.param("since", since())
			.query(Long.class)
			.single();
	}

	int days() {
		return properties.recentlySubmittedDays();
	}

	private Timestamp since() {
		return Timestamp.from(clock.instant().minus(Duration.ofDays(properties.recentlySubmittedDays())));
	}

	private SubmittedPep submitted(ResultSet rs) throws SQLException {
		String formKey = rs.getString("form_key");
		return new SubmittedPep(rs.getLong("id"), rs.getString("reference"), rs.getString("forename") + " " + rs.getString("surname"),
				definitions.find(formKey).map(FormDefinition::title).orElse(formKey), rs.getLong("submission_id"),
				rs.getTimestamp("submitted_at").toInstant(),
				rs.getString("by_forename") == null ? "" : rs.getString("by_forename") + " " + rs.getString("by_surname"),
				PepStage.valueOf(rs.getString("stage")));
	}

}
