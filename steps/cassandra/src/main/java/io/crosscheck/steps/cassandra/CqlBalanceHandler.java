package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code query: { balance: { table } }}: how a table's rows spread over partitions and the token ring, counted
 * exactly with {@code count(*) ... GROUP BY} the partition key, slice by slice. Result: {@code partitions},
 * {@code rows}, {@code mean}, {@code max}, {@code maxOverMean}, {@code top} (biggest partitions),
 * {@code perPartition} (a list of numbers, for a histogram), {@code sizes}, {@code perRange} and {@code perNode}.
 */
public final class CqlBalanceHandler implements StepHandler<BalanceQuery> {

    @Override
    public EnvironmentSection section() {
        return CassandraCluster.SECTION;
    }

    @Override
    public String verb() {
        return "query";
    }

    @Override
    public String kind() {
        return "balance";
    }

    @Override
    public Parsed<BalanceQuery> parse(ConfigNode node, Problems problems) {
        BalanceQuery config = read(node, problems);
        return config == null ? null : Parsed.of(config).withConnections(connections(config)).withDescription(describe(config));
    }

    private BalanceQuery read(ConfigNode node, Problems problems) {
        BalanceQuery query = node.bind(BalanceQuery.class, problems);
        if (query == null) {
            return null;
        }
        return query;
    }

    List<ConnectionRef> connections(BalanceQuery config) {
        return List.of(new ConnectionRef(CassandraCluster.KIND, config.cluster(), config.balancePosition()));
    }

    private String describe(BalanceQuery config) {
        return "balance " + config.balance().table();
    }

    @Override
    public StepResult execute(BalanceQuery query, StepContext ctx) throws Exception {
        BalanceQuery.Balance balance = query.balance();
        CassandraCluster cluster = CassandraCluster.of(ctx, query.cluster());
        Instant deadline = ctx.deadline();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("table", balance.table());
        request.put("cluster", cluster.name());
        try {
            TableMetadata table = cluster.table(ctx.renderText(balance.table()), deadline);
            String key = CqlScanHandler.keyColumns(table);
            String tokenOfKey = "token(" + key + ")";
            List<TokenSlice> slices = TokenSlices.of(cluster.session().getMetadata(), balance.splitCount());
            Map<String, PreparedStatement> prepared = new LinkedHashMap<>();
            for (TokenSlice slice : slices) {
                prepared.putIfAbsent(slice.where(tokenOfKey), null);
            }
            for (String where : List.copyOf(prepared.keySet())) {
                prepared.put(where, cluster.prepare("SELECT " + tokenOfKey + ", " + key + ", count(*) FROM "
                        + table.getKeyspace().asCql(true) + "." + table.getName().asCql(true) + where + " GROUP BY " + key, deadline));
            }
            request.put("cql", prepared.values().stream().map(PreparedStatement::getQuery).toList());
            BalanceStats stats = new BalanceStats(slices, balance.topCount(), balance.partitionLimit());
            int keyColumns = table.getPartitionKey().size();
            new RangeReader(cluster.session(), slice -> Pages.prepare(
                    slice.bind(prepared.get(slice.where(tokenOfKey)).boundStatementBuilder()).build(), query, deadline), deadline)
                    .read(slices, balance.parallelism(), (slice, rows) -> {
                        for (Row row : rows) {
                            Map<String, Object> partition = new LinkedHashMap<>();
                            for (int i = 0; i < keyColumns; i++) {
                                partition.put(row.getColumnDefinitions().get(i + 1).getName().asInternal(), CqlValues.plain(row.getObject(i + 1)));
                            }
                            synchronized (stats) {
                                stats.add(slice, CqlValues.plain(row.getObject(0)), partition, row.getLong(keyColumns + 1));
                            }
                        }
                    });
            synchronized (stats) {
                return new StepResult(stats.result(), request);
            }
        } catch (Exception e) {
            throw CqlErrors.translate(e, query.balancePosition(), cluster.name(), null);
        }
    }
}
