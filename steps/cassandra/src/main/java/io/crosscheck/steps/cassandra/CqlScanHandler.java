package io.crosscheck.steps.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code query: { scan: { table, match, where, ... } }}: finds rows by columns that are not the partition key, by
 * reading the whole table slice by slice of the token ring (no ALLOW FILTERING, no secondary index), in bounded
 * memory. Result: {@code rows} (the first {@code maxRows} matches in token order), {@code count} (all matches),
 * {@code scanned} (rows read) and {@code slices} (token ranges read).
 */
public final class CqlScanHandler implements StepHandler<ScanQuery> {

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
        return "scan";
    }

    @Override
    public Parsed<ScanQuery> parse(ConfigNode node, Problems problems) {
        ScanQuery config = read(node, problems);
        return config == null ? null : Parsed.of(config).withConnections(connections(config)).withDescription(describe(config));
    }

    private ScanQuery read(ConfigNode node, Problems problems) {
        ScanQuery query = node.bind(ScanQuery.class, problems);
        if (query == null) {
            return null;
        }
        node.get("scan").orElseThrow().get("match").ifPresent(problems::checkExpression);
        return query;
    }

    List<ConnectionRef> connections(ScanQuery config) {
        return List.of(new ConnectionRef(CassandraCluster.KIND, config.cluster(), config.scanPosition()));
    }

    private String describe(ScanQuery config) {
        ScanQuery.Scan scan = config.scan();
        return "scan " + scan.table() + (scan.match() == null ? "" : " where " + scan.match());
    }

    @Override
    public StepResult execute(ScanQuery query, StepContext ctx) throws Exception {
        ScanQuery.Scan scan = query.scan();
        CassandraCluster cluster = CassandraCluster.of(ctx, query.cluster());
        Instant deadline = ctx.deadline();
        @SuppressWarnings("unchecked")
        Map<String, Object> where = (Map<String, Object>) ctx.render(scan.where());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("table", scan.table());
        if (scan.match() != null) {
            request.put("match", scan.match());
        }
        if (!where.isEmpty()) {
            request.put("where", where);
        }
        request.put("cluster", cluster.name());
        try {
            TableMetadata table = cluster.table(ctx.renderText(scan.table()), deadline);
            String columns = columns(table, scan.columns(), where);
            String tokenOfKey = "token(" + keyColumns(table) + ")";
            String select = "SELECT " + columns + " FROM " + table.getKeyspace().asCql(true) + "." + table.getName().asCql(true);
            List<TokenSlice> slices = TokenSlices.of(cluster.session().getMetadata(), scan.splitCount());
            Map<String, PreparedStatement> prepared = new LinkedHashMap<>();
            for (TokenSlice slice : slices) {
                String cql = select + slice.where(tokenOfKey);
                if (!prepared.containsKey(cql)) {
                    prepared.put(cql, cluster.prepare(cql, deadline));
                }
            }
            request.put("cql", String.join("\n", prepared.keySet()));
            Scanner scanner = new Scanner(new RowMatcher(ctx, scan.match(), where), scan.rowLimit(), scan.columns());
            new RangeReader(cluster.session(), slice -> statement(prepared.get(select + slice.where(tokenOfKey)), slice, query, deadline), deadline)
                    .read(slices, scan.parallelism(), scanner);
            return new StepResult(scanner.result(slices.size()), request);
        } catch (Exception e) {
            throw CqlErrors.translate(e, query.scanPosition(), cluster.name(), null);
        }
    }

    private static Statement<?> statement(PreparedStatement prepared, TokenSlice slice, ScanQuery query, Instant deadline) {
        return Pages.prepare(slice.bind(prepared.boundStatementBuilder()).build(), query, deadline);
    }

    /** The columns to select: those wanted, and those {@code where} compares (dropped from the rows kept). */
    private static String columns(TableMetadata table, List<String> wanted, Map<String, Object> where) {
        for (String name : where.keySet()) {
            column(table, name);
        }
        if (wanted.isEmpty()) {
            return "*";
        }
        java.util.Set<String> read = new java.util.LinkedHashSet<>(wanted);
        read.addAll(where.keySet());
        return read.stream().map(name -> column(table, name).getName().asCql(true)).collect(Collectors.joining(", "));
    }

    private static ColumnMetadata column(TableMetadata table, String name) {
        return table.getColumn(CqlIdentifier.fromInternal(name))
                .or(() -> table.getColumn(CqlIdentifier.fromCql(name)))
                .orElseThrow(() -> new IllegalArgumentException("no column '" + name + "' in " + table.getKeyspace().asCql(true)
                        + "." + table.getName().asCql(true) + "; columns: " + table.getColumns().keySet().stream()
                        .map(CqlIdentifier::asInternal).collect(Collectors.joining(", "))));
    }

    static String keyColumns(TableMetadata table) {
        return table.getPartitionKey().stream().map(c -> c.getName().asCql(true)).collect(Collectors.joining(", "));
    }

    /** Counts and keeps matches; pages are matched on the readers' threads and merged under a lock. */
    private static final class Scanner implements RangeReader.PageSink {
        private final RowMatcher matcher;
        private final FirstInOrder<Map<String, Object>> kept;
        private final List<String> shown;
        private long scanned;
        private long matched;

        Scanner(RowMatcher matcher, int maxRows, List<String> shown) {
            this.matcher = matcher;
            this.kept = new FirstInOrder<>(maxRows);
            this.shown = shown;
        }

        @Override
        public void accept(TokenSlice slice, Iterable<Row> rows) {
            long pageRows = 0;
            long pageMatches = 0;
            boolean keep = accepts(slice);
            List<Map<String, Object>> found = new ArrayList<>();
            for (Row row : rows) {
                pageRows++;
                Map<String, Object> values = CqlValues.row(row);
                if (matcher.test(values)) {
                    pageMatches++;
                    if (keep) {
                        found.add(shown.isEmpty() || shown.size() == values.size() ? values : project(values));
                    }
                }
            }
            synchronized (this) {
                scanned += pageRows;
                matched += pageMatches;
                found.forEach(values -> kept.add(slice.index(), values));
            }
        }

        private synchronized boolean accepts(TokenSlice slice) {
            return kept.accepts(slice.index());
        }

        private Map<String, Object> project(Map<String, Object> values) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String column : shown) {
                out.put(column, values.get(column));
            }
            return out;
        }

        synchronized Map<String, Object> result(int slices) {
            List<Map<String, Object>> rows = kept.items();
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("rows", rows);
            value.put("count", matched);
            value.put("scanned", scanned);
            value.put("slices", slices);
            if (matched > rows.size()) {
                value.put("truncated", true);
            }
            return value;
        }
    }
}
