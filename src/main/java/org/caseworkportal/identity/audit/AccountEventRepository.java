package org.caseworkportal.identity.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code account_event} table: written once, never changed, searched by administrators. */
@Repository
class AccountEventRepository {

	static final int LONGEST_EMAIL = 320;

	static final int LONGEST_CLIENT_ADDRESS = 100;

	static final int LONGEST_OUTCOME = 500;

	private static final String COLUMNS = "id, occurred_at, type, email, account_id, client_address, outcome";

	private final JdbcClient jdbc;

	AccountEventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Instant occurredAt, AccountEventType type, String email, Long accountId, String clientAddress,
			String outcome) {
		jdbc.sql("""
				insert into account_event (occurred_at, type, email, account_id, client_address, outcome)
				values (:occurredAt, :type, :email, :accountId, :clientAddress, :outcome)""")
			.param("occurredAt", Timestamp.from(occurredAt.truncatedTo(ChronoUnit.MICROS)))
			.param("type", type.name())
			.param("email", shortened(email, LONGEST_EMAIL))
			.param("accountId", accountId)
			.param("clientAddress", shortened(clientAddress, LONGEST_CLIENT_ADDRESS))
			.param("outcome", shortened(outcome, LONGEST_OUTCOME))
			.update();
	}

	/** A page of the events that match, the newest first. */
	List<AccountEvent> search(AccountEventCriteria criteria, int offset, int limit) {
		var where = new Where(criteria);
		return jdbc.sql("select " + COLUMNS + " from account_event" + where.sql()
				+ " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(where.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(AccountEventRepository::event)
			.list();
	}

	long count(AccountEventCriteria criteria) {
		var where = new Where(criteria);
		return jdbc.sql("select count(*) from account_event" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	private static AccountEvent event(ResultSet rs, int row) throws SQLException {
		return new AccountEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				AccountEventType.valueOf(rs.getString("type")), rs.getString("email"), rs.getObject("account_id", Long.class),
				rs.getString("client_address"), rs.getString("outcome"));
	}

	private static String shortened(String value, int longest) {
		if (value == null) {
			return "";
		}
		return value.length() <= longest ? value : value.substring(0, longest);
	}

	/** The search's conditions, each a fixed fragment with its parameter. */
	private static final class Where {

		private final StringBuilder sql = new StringBuilder();

		private final Map<String, Object> params = new LinkedHashMap<>();

		Where(AccountEventCriteria criteria) {
			if (criteria.emailContains() != null && !criteria.emailContains().isEmpty()) {
				add("email like :emailPattern escape '!'", "emailPattern", "%" + likeEscaped(criteria.emailContains()) + "%");
			}
			if (criteria.type() != null) {
				add("type = :type", "type", criteria.type().name());
			}
			if (criteria.from() != null) {
				add("occurred_at >= :from", "from", Timestamp.from(criteria.from()));
			}
			if (criteria.before() != null) {
				add("occurred_at < :before", "before", Timestamp.from(criteria.before()));
			}
		}

		private void add(String condition, String name, Object value) {
			sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
			params.put(name, value);
		}

		String sql() {
			return sql.toString();
		}

		Map<String, Object> params() {
			return params;
		}

		/** The text matched literally: its own %, _ and ! are not wildcards. */
		private static String likeEscaped(String text) {
			return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
		}

	}

}
