package io.crosscheck.steps.sql;

import io.crosscheck.engine.spi.ConfigNode;
import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.Required;

/**
 * A {@code query: {sql: ...}} step: the SQL template (each {@code ${...}} becomes a bind parameter), the datasource
 * (null: the only one configured), how many rows to keep for expect/save/report, and the JDBC fetch size.
 */
public record SqlQuery(String sql, String datasource, int maxRows, int fetchSize, Position position,
                       Position datasourcePosition) {

    public static final int DEFAULT_MAX_ROWS = 1000;
    public static final int DEFAULT_FETCH_SIZE = 500;

    /** The keys as written in YAML; the engine binds them (unknown keys, wrong types, positions). */
    record Yaml(@Required ConfigNode sql, ConfigNode datasource, Integer maxRows, Integer fetchSize) {
    }
}
