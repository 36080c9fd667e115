package org.caseworkportal.identity;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Writes session attributes with an upsert. A browser loads a page's stylesheets, scripts and
 * Cockpit's API calls in parallel on one session; with plain inserts, two of them adding the
 * same attribute collide on the primary key and one request fails.
 */
@Component
class SessionAttributeUpserts implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	private static final String H2_MERGE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	private final DataSource dataSource;

	SessionAttributeUpserts(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void customize(JdbcIndexedSessionRepository repository) {
		if (databaseProduct().contains("PostgreSQL")) {
			new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
		}
		else {
			repository.setCreateSessionAttributeQuery(H2_MERGE);
		}
	}

	private String databaseProduct() {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database holds the sessions", ex);
		}
	}

}
