package org.caseworkportal.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Rows the workloads insert in batches of a thousand, with the ids the database gave them. */
final class BatchInserts {

	private static final int BATCH = 1_000;

	private BatchInserts() {
	}

	/** Inserts the rows in batches; the generated ids, in the rows' order. */
	static <T> List<Long> insert(JdbcTemplate jdbc, String sql, List<T> rows, RowSetter<T> setter) {
		List<Long> ids = new ArrayList<>();
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<T> batch = rows.subList(from, Math.min(from + BATCH, rows.size()));
			var keys = new GeneratedKeyHolder();
			jdbc.batchUpdate(connection -> connection.prepareStatement(sql, new String[] { "id" }),
					new BatchPreparedStatementSetter() {

						@Override
						public void setValues(PreparedStatement statement, int i) throws SQLException {
							setter.set(batch.get(i), statement);
						}

						@Override
						public int getBatchSize() {
							return batch.size();
						}

					}, keys);
			keys.getKeyList().forEach(key -> ids.add(((Number) key.values().iterator().next()).longValue()));
		}
		if (ids.size() != rows.size()) {
			throw new IllegalStateException("The database gave " + ids.size() + " ids for " + rows.size() + " rows");
		}
		return ids;
	}

	@FunctionalInterface
	interface RowSetter<T> {

		void set(T row, PreparedStatement statement) throws SQLException;

	}

}
