package io.crosscheck.steps.sql;

import io.crosscheck.engine.spi.step.BoundTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs one bound statement on a pooled connection and turns what it returns into the step's result: {@code count},
 * {@code columns}, {@code rows} (at most maxRows, while count counts all) and {@code truncated} for rows; {@code
 * updated} for changed rows. Rows are streamed with the fetch size, so a million rows take little memory.
 *
 * <p>PostgreSQL streams only inside a transaction, and a transaction costs a round trip more (the COMMIT), which
 * doubles the time of a small query. So a read-only statement is first run as it is, limited to fetchSize + 1
 * rows; only when it has more is it run again, streamed in a transaction. Statements that may write ({@code WITH}
 * can hold an INSERT) are never run twice: they go straight to the transaction.
 */
final class StatementRunner {
    private static final Set<String> READ_ONLY = Set.of("SELECT", "VALUES", "TABLE", "SHOW");

    private final SqlPool pool;
    private final Function<String, Object> parseJson;
    private final Function<Object, String> toJson;

    StatementRunner(SqlPool pool, Function<String, Object> parseJson, Function<Object, String> toJson) {
        this.pool = pool;
        this.parseJson = parseJson;
        this.toJson = toJson;
    }

    Map<String, Object> run(BoundTemplate bound, int maxRows, int fetchSize, Instant deadline) throws Exception {
        try (Connection c = pool.connection()) {
            try {
                boolean autoCommit = c.getAutoCommit();
                String keyword = SqlTemplateScanner.firstKeyword(bound.text());
                if (!pool.streamsInTransactionOnly() || !autoCommit) {
                    return execute(c, bound, maxRows, fetchSize, deadline, 0, !autoCommit);
                }
                if (READ_ONLY.contains(keyword)) {
                    Map<String, Object> probe = execute(c, bound, maxRows, fetchSize, deadline, fetchSize + 1, false);
                    if (!(probe.get("count") instanceof Long n) || n <= fetchSize) return probe;
                }
                boolean rows = READ_ONLY.contains(keyword) || keyword.equals("WITH");
                return execute(c, bound, maxRows, fetchSize, deadline, 0, rows);
            } catch (SQLException e) {
                throw SqlFailures.of(e, pool, bound, deadline);
            }
        }
    }

    /** One execution; {@code limit} > 0 caps the rows read; {@code transaction} commits at the end. */
    private Map<String, Object> execute(Connection c, BoundTemplate bound, int maxRows, int fetchSize,
                                        Instant deadline, int limit, boolean transaction) throws SQLException {
        boolean restoreAutoCommit = transaction && c.getAutoCommit();
        if (restoreAutoCommit) c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(bound.text())) {
            ps.setFetchSize(fetchSize);
            if (limit > 0) ps.setMaxRows(limit);
            new ParameterBinder(c, toJson).bindAll(ps, bound.values());
            pool.watchdog().watch(ps, deadline);
            Map<String, Object> result;
            try {
                result = collect(ps, maxRows);
            } finally {
                pool.watchdog().release(ps);
            }
            if (transaction) c.commit();
            return result;
        } catch (SQLException e) {
            if (transaction) rollbackQuietly(c);
            throw e;
        } finally {
            if (restoreAutoCommit && !c.isClosed()) restoreAutoCommit(c);
        }
    }

    private Map<String, Object> collect(PreparedStatement ps, int maxRows) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        long updated = -1;
        boolean haveRows = false;
        boolean isResultSet = ps.execute();
        while (true) {
            if (isResultSet) {
                try (ResultSet rs = ps.getResultSet()) {
                    if (haveRows) {
                        while (rs.next()) {
                            // only the first result's rows are kept; later ones are read to their end
                        }
                    } else {
                        readRows(rs, maxRows, out);
                        haveRows = true;
                    }
                }
            } else {
                int n = ps.getUpdateCount();
                if (n == -1) break;
                updated = Math.max(updated, 0) + n;
            }
            isResultSet = ps.getMoreResults();
        }
        if (updated >= 0 || !haveRows) out.put("updated", Math.max(updated, 0));
        return out;
    }

    private void readRows(ResultSet rs, int maxRows, Map<String, Object> out) throws SQLException {
        ColumnReaders columns = ColumnReaders.of(rs.getMetaData(), parseJson);
        List<Map<String, Object>> rows = new ArrayList<>(Math.min(maxRows, 16));
        long count = 0;
        while (rs.next()) {
            if (count < maxRows) rows.add(columns.row(rs));
            count++;
        }
        out.put("count", count);
        out.put("columns", columns.labels());
        out.put("rows", rows);
        out.put("truncated", count > rows.size());
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.isClosed()) c.rollback();
        } catch (SQLException ignored) {
            // the statement's own error is the one to report
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a broken connection is evicted by the pool
        }
    }
}
