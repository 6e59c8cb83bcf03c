package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.crosscheck.engine.spi.Required;
import java.util.List;
import java.util.Map;

/**
 * {@code query: { scan: {...}, cluster, consistency, pageSize }}: finds rows by any column, without the partition
 * key, by reading the table's token ranges page by page.
 */
public record ScanQuery(@Required Scan scan, String cluster, DefaultConsistencyLevel consistency, Integer pageSize)
        implements CassandraStep {

    /**
     * @param table    {@code keyspace.table}, or a table of the cluster's {@code keyspace}
     * @param match    an expression over each row's columns (also as {@code row}), e.g. {@code value > 100}
     * @param where    column → value that must be equal (numbers by value); with {@code match}, both must hold
     * @param columns  the columns to read (default all); {@code match} and {@code where} see only these
     * @param maxRows  matching rows kept in the result, the first in token order (default 100)
     * @param splits   token sub-ranges the ring is cut into (default 32)
     * @param parallel sub-ranges read at the same time (default 2)
     */
    public record Scan(@Required String table, String match, Map<String, Object> where, List<String> columns,
                       Integer maxRows, Integer splits, Integer parallel) {
        static final int DEFAULT_MAX_ROWS = 100;
        static final int DEFAULT_SPLITS = 32;
        static final int DEFAULT_PARALLEL = 2;

        int rowLimit() {
            return maxRows == null ? DEFAULT_MAX_ROWS : maxRows;
        }

        int splitCount() {
            return splits == null ? DEFAULT_SPLITS : splits;
        }

        int parallelism() {
            return parallel == null ? DEFAULT_PARALLEL : parallel;
        }
    }
}
