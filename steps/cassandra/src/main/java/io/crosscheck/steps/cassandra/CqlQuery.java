package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;

/**
 * {@code query: { cql: TEXT, cluster, consistency, pageSize, maxRows }}: one CQL statement; every {@code ${...}}
 * in the text is a bind value. {@code maxRows} bounds the rows kept in the result (default 10,000);
 * {@code count} still counts them all. {@code cqlPosition}: where the statement is written, for the server's errors.
 */
@Doc(value = "One CQL statement on a Cassandra cluster; every ${...} is a bind value of a statement prepared once per run. "
        + "Result: rows (column: value), count.",
        examples = "{\"cql\": \"SELECT * FROM usage.readings WHERE meter_id = ${meterId}\", \"cluster\": \"usage\"}")
public record CqlQuery(
        @Required @Doc(value = "One CQL statement; every ${...} is a bind value.", shape = "nonBlankText",
                examples = "SELECT * FROM usage.readings WHERE meter_id = ${meterId}")
        String cql,
        @Doc(value = "A cluster of the environment's cassandra section; optional when only one is configured.", shape = "text",
                examples = "usage")
        String cluster,
        @Doc(CassandraStep.CONSISTENCY) DefaultConsistencyLevel consistency,
        @Range(min = 1) @Doc("Rows per page fetched from the server (default: the driver's, 5000).") Integer pageSize,
        @Range(min = 0) @Doc("Rows kept in the result (default 10000); count still counts them all.") Integer maxRows,
        Position cqlPosition) implements CassandraStep {
    static final int DEFAULT_MAX_ROWS = 10_000;

    int rowLimit() {
        return maxRows == null ? DEFAULT_MAX_ROWS : maxRows;
    }
}
