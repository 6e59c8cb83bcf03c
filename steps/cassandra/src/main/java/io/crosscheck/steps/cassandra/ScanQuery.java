package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;
import java.util.List;
import java.util.Map;

/**
 * {@code query: { scan: {...}, cluster, consistency, pageSize }}: finds rows by any column, without the partition
 * key, by reading the table's token ranges page by page.
 */
@Doc("Finds Cassandra rows by any column, without the partition key, reading the token ranges page by page. "
        + "Result: rows, count.")
public record ScanQuery(
        @Required @Doc("Finds rows by any column, without the partition key, by reading the table's token ranges page by page.")
        Scan scan,
        @Doc(value = CassandraStep.CLUSTER, shape = "text") String cluster,
        @Doc(CassandraStep.CONSISTENCY) DefaultConsistencyLevel consistency,
        @Range(min = 1) @Doc(CassandraStep.PAGE_SIZE) Integer pageSize,
        Position scanPosition) implements CassandraStep {

    /**
     * @param table    {@code keyspace.table}, or a table of the cluster's {@code keyspace}
     * @param match    an expression over each row's columns (also as {@code row}), e.g. {@code value > 100}
     * @param where    column → value that must be equal (numbers by value); with {@code match}, both must hold
     * @param columns  the columns to read (default all); {@code match} and {@code where} see only these
     * @param maxRows  matching rows kept in the result, the first in token order (default 100)
     * @param splits   token sub-ranges the ring is cut into (default 32)
     * @param parallel sub-ranges read at the same time (default 2)
     */
    public record Scan(
            @Required @Doc(value = "keyspace.table, or a table of the cluster's keyspace.", shape = "text", examples = "usage.readings")
            String table,
            @Doc(value = "An expression over each row's columns (also as row).", shape = "expression", examples = "value > 100")
            String match,
            @Doc(value = "column: value pairs that must be equal (numbers by value); with match, both must hold.",
                    examples = "{\"status\": \"FAILED\"}")
            Map<String, Object> where,
            @Doc(value = "The columns to read (default all); match and where see only these.", shape = "textList",
                    examples = "[\"meter_id\", \"value\"]")
            List<String> columns,
            @Range(min = 0) @Doc("Matching rows kept in the result, the first in token order (default 100).") Integer maxRows,
            @Range(min = 1) @Doc("Token sub-ranges the ring is cut into (default 32).") Integer splits,
            @Range(min = 1) @Doc("Sub-ranges read at the same time (default 2).") Integer parallel) {
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
