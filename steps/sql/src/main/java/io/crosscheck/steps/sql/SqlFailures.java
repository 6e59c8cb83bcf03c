package io.crosscheck.steps.sql;

import io.crosscheck.engine.spi.step.BoundTemplate;
import io.crosscheck.engine.spi.step.StepFailedException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sorts a failed statement: the database refused it (bad SQL, a constraint, a cancelled query) → the step FAILED
 * with the database's message; the connection broke (SQLState class 08 or 57P0x, a dead socket) → the step is in ERROR.
 */
final class SqlFailures {
    private SqlFailures() {
    }

    static Exception of(SQLException e, SqlPool pool, BoundTemplate bound, Instant deadline) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // class 08 (connection exception) and 57P0x (the server is shutting down or restarting)
        if (state.startsWith("08") || state.startsWith("57P0") || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException) {
            return new SqlConnectionException("lost the connection to datasource '" + pool.name() + "' (" + pool.url()
                    + "): " + SqlConnectionException.rootMessage(e), e);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sqlState", state);
        details.put("errorCode", e.getErrorCode());
        details.put("sql", bound.text());
        details.put("params", bound.values());
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        if (state.equals("57014") && Instant.now().isAfter(deadline.minusMillis(500))) {
            message = "the query did not finish within the step's timeout and was cancelled (" + message + ")";
        }
        return new StepFailedException("datasource '" + pool.name() + "': " + message
                + (state.isEmpty() ? "" : " [SQLState " + state + "]"), details);
    }
}
