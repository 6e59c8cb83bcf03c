package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.crosscheck.engine.spi.step.BoundTemplate;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code query: { cql: ... }}: one CQL statement on a named cluster. Every {@code ${...}} is a bind value of a
 * statement prepared once per run; the result is {@code rows} (column → value) and {@code count}.
 */
public final class CqlQueryHandler implements StepHandler<CqlQuery> {
    private static final java.util.Set<String> PREPARED_VERBS = java.util.Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "BEGIN");

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
        return "cql";
    }

    @Override
    public Parsed<CqlQuery> parse(ConfigNode node, Problems problems) {
        CqlQuery config = read(node, problems);
        return config == null ? null : Parsed.of(config).withConnections(connections(config)).withDescription(describe(config));
    }

    private CqlQuery read(ConfigNode node, Problems problems) {
        CqlQuery query = node.bind(CqlQuery.class, problems);
        if (query == null) {
            return null;
        }
        if (query.cql().isBlank()) {
            problems.add(node.get("cql").orElseThrow(), "cql is empty");
        }
        return query;
    }

    List<ConnectionRef> connections(CqlQuery config) {
        return List.of(new ConnectionRef(CassandraCluster.KIND, config.cluster(), config.cqlPosition()));
    }

    private String describe(CqlQuery config) {
        String oneLine = config.cql().strip().replaceAll("\\s+", " ");
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }

    @Override
    public StepResult execute(CqlQuery query, StepContext ctx) throws Exception {
        BoundTemplate bound = ctx.bind(query.cql());
        CassandraCluster cluster = CassandraCluster.of(ctx, query.cluster());
        Instant deadline = ctx.deadline();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("cql", bound.text());
        request.put("values", bound.values());
        request.put("cluster", cluster.name());
        if (query.consistency() != null) {
            request.put("consistency", query.consistency().name());
        }
        try {
            AsyncResultSet page = Pages.await(cluster.session().executeAsync(statement(cluster, bound, query, ctx)), deadline);
            return new StepResult(read(page, query.rowLimit(), deadline), request);
        } catch (Exception e) {
            throw CqlErrors.translate(e, query.cqlPosition(), cluster.name(), bound.text());
        }
    }

    private static Statement<?> statement(CassandraCluster cluster, BoundTemplate bound, CqlQuery query, StepContext ctx)
            throws Exception {
        Instant deadline = ctx.deadline();
        String firstWord = bound.text().strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (bound.values().isEmpty() && !PREPARED_VERBS.contains(firstWord)) {
            return Pages.prepare(SimpleStatement.newInstance(bound.text()), query, deadline); // DDL and the like
        }
        PreparedStatement prepared = cluster.prepare(bound.text(), deadline);
        BoundStatementBuilder builder = new CqlBinder(ctx::toJson).bind(prepared, bound.values(), cluster.session().getContext().getCodecRegistry());
        return Pages.prepare(builder.build(), query, deadline);
    }

    private static Map<String, Object> read(AsyncResultSet first, int maxRows, Instant deadline) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        long count = 0;
        List<String> warnings = new ArrayList<>(first.getExecutionInfo().getWarnings());
        // wasApplied reads the first row: ask before the rows are consumed
        Boolean applied = first.getColumnDefinitions().contains("[applied]") ? first.wasApplied() : null;
        AsyncResultSet page = first;
        while (true) {
            CompletableFuture<AsyncResultSet> next = Pages.prefetch(page);
            for (Row row : page.currentPage()) {
                if (rows.size() < maxRows) {
                    rows.add(CqlValues.row(row));
                }
                count++;
            }
            if (next == null) {
                break;
            }
            page = Pages.await(next, deadline);
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("rows", rows);
        value.put("count", count);
        if (count > rows.size()) {
            value.put("truncated", true);
        }
        if (applied != null) {
            value.put("applied", applied);
        }
        if (!warnings.isEmpty()) {
            value.put("warnings", warnings);
        }
        return value;
    }
}
