package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;

/**
 * {@code query: { balance: {...}, cluster, consistency, pageSize }}: how a table's rows spread over its partitions
 * and over the token ring, with skew figures.
 */
@Doc("How a Cassandra table's rows spread over partitions and the token ring, with skew figures.")
public record BalanceQuery(
        @Required @Doc("How a table's rows spread over its partitions and over the token ring, with skew figures.")
        Balance balance,
        @Doc(value = CassandraStep.CLUSTER, shape = "text") String cluster,
        @Doc(CassandraStep.CONSISTENCY) DefaultConsistencyLevel consistency,
        @Range(min = 1) @Doc(CassandraStep.PAGE_SIZE) Integer pageSize,
        Position balancePosition) implements CassandraStep {

    /**
     * @param table         {@code keyspace.table}, or a table of the cluster's {@code keyspace}
     * @param top           the biggest partitions listed (default 10)
     * @param splits        token sub-ranges counted in {@code perRange} (default 16)
     * @param maxPartitions partition sizes kept in {@code perPartition}, the first in token order, which is a
     *                      uniform sample of the partitions (default 10,000)
     * @param parallel      sub-ranges read at the same time (default 2)
     */
    public record Balance(
            @Required @Doc(value = "keyspace.table, or a table of the cluster's keyspace.", shape = "text", examples = "usage.readings")
            String table,
            @Range(min = 0) @Doc("The biggest partitions listed (default 10).") Integer top,
            @Range(min = 1) @Doc("Token sub-ranges counted in perRange (default 16).") Integer splits,
            @Range(min = 0) @Doc("Partition sizes kept in perPartition, a uniform sample in token order (default 10000).")
            Integer maxPartitions,
            @Range(min = 1) @Doc("Sub-ranges read at the same time (default 2).") Integer parallel) {

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
