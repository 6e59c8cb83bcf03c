package io.crosscheck.steps.sql;

import io.crosscheck.engine.spi.step.Default;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;

/**
 * A {@code query: {sql: ...}} step, as the engine binds it and as its schema describes it: the SQL template (each
 * {@code ${...}} becomes a bind parameter), the datasource (null: the only one configured), how many rows to keep
 * for expect/save/report, and the JDBC fetch size.
 */
@Doc(value = "An SQL statement over JDBC (HikariCP); every ${...} becomes a bind parameter, never spliced. "
        + "Result: rows (a list of maps), count.",
        examples = "{\"sql\": \"SELECT status, amount FROM bills WHERE customer_id = ${customerId}\", \"datasource\": \"billing\"}")
public record SqlQuery(
        @Required @Doc(value = "The SQL statement. Every ${...} becomes a bind parameter: O'Brien works and injection is "
                + "impossible. Do not quote a ${...}.", shape = "nonBlankText",
                examples = "SELECT status, amount FROM bills WHERE customer_id = ${customerId}")
        String sql,
        @Doc(value = "A datasource of the environment's sql section; optional when only one is configured.", shape = "name",
                examples = "billing")
        String datasource,
        @Range(min = 0) @Default("" + SqlQuery.DEFAULT_MAX_ROWS)
        @Doc("Rows kept in the result for expect, save and report (default 1000); count still counts them all.")
        int maxRows,
        @Range(min = 1, max = SqlQuery.MAX_FETCH_SIZE) @Default("" + SqlQuery.DEFAULT_FETCH_SIZE)
        @Doc("The JDBC fetch size: rows per round trip (default 500, at most 1000000).")
        int fetchSize,
        Position sqlPosition,
        Position datasourcePosition) {

    public static final int DEFAULT_MAX_ROWS = 1000;
    public static final int DEFAULT_FETCH_SIZE = 500;
    static final int MAX_FETCH_SIZE = 1_000_000;
}
