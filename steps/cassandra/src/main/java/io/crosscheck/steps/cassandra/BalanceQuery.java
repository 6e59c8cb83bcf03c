package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.crosscheck.engine.spi.Required;

/**
 * {@code query: { balance: {...}, cluster, consistency, pageSize }}: how a table's rows spread over its partitions
 * and over the token ring, with skew figures.
 */
public record BalanceQuery(@Required Balance balance, String cluster, DefaultConsistencyLevel consistency,
                           Integer pageSize) implements CassandraStep {

    /**
     * @param table         {@code keyspace.table}, or a table of the cluster's {@code keyspace}
     * @param top           the biggest partitions listed (default 10)
     * @param splits        token sub-ranges counted in {@code perRange} (default 16)
     * @param maxPartitions partition sizes kept in {@code perPartition}, the first in token order, which is a
     *                      uniform sample of the partitions (default 10,000)
     * @param parallel      sub-ranges read at the same time (default 2)
     */
    public record Balance(@Required String table, Integer top, Integer splits, Integer maxPartitions, Integer parallel) {

        int topCount() {
            return top == null ? 10 : top;
        }

        int splitCount() {
            return splits == null ? 16 : splits;
        }

        int partitionLimit() {
            return maxPartitions == null ? 10_000 : maxPartitions;
        }

        int parallelism() {
            return parallel == null ? 2 : parallel;
        }
    }
}
