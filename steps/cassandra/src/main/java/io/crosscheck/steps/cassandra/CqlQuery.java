package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.crosscheck.engine.spi.Required;

/**
 * {@code query: { cql: TEXT, cluster, consistency, pageSize, maxRows }}: one CQL statement; every {@code ${...}}
 * in the text is a bind value. {@code maxRows} bounds the rows kept in the result (default 10,000);
 * {@code count} still counts them all.
 */
public record CqlQuery(@Required String cql, String cluster, DefaultConsistencyLevel consistency, Integer pageSize,
                       Integer maxRows) implements CassandraStep {
    static final int DEFAULT_MAX_ROWS = 10_000;

    int rowLimit() {
        return maxRows == null ? DEFAULT_MAX_ROWS : maxRows;
    }
}
