package io.crosscheck.steps.sql;

import io.crosscheck.engine.spi.BoundTemplate;
import io.crosscheck.engine.spi.ConfigNode;
import io.crosscheck.engine.spi.ConnectionRef;
import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.Problems;
import io.crosscheck.engine.spi.StepContext;
import io.crosscheck.engine.spi.StepHandler;
import io.crosscheck.engine.spi.StepResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code query: {sql: ..., datasource: ..., maxRows: ..., fetchSize: ...}} over JDBC, one HikariCP pool per datasource. */
public final class SqlQueryHandler implements StepHandler<SqlQuery> {
    static final int MAX_FETCH_SIZE = 1_000_000;

    @Override
    public String verb() {
        return "query";
    }

    @Override
    public String kind() {
        return "sql";
    }

    @Override
    public SqlQuery parse(ConfigNode node, Problems problems) {
        SqlQuery.Yaml yaml = node.bind(SqlQuery.Yaml.class, problems);
        if (yaml == null) return null;
        int before = problems.size();
        ConfigNode sqlNode = yaml.sql();
        if (!sqlNode.isScalar() || sqlNode.text().isBlank()) {
            problems.add(sqlNode, "sql must be the text of an SQL statement");
            return null;
        }
        for (SqlTemplateScanner.Misplaced m : SqlTemplateScanner.misplaced(sqlNode.text())) {
            Position at = ScalarPositions.of(sqlNode, m.offset());
            problems.add(at, PlaceholderAdvice.message(m), PlaceholderAdvice.hint(m));
        }
        String datasource = null;
        Position datasourceAt = node.position();
        if (yaml.datasource() != null) {
            ConfigNode ds = yaml.datasource();
            datasourceAt = ds.position();
            if (!ds.isScalar() || ds.text().isBlank() || ds.text().contains("${")) {
                problems.add(ds, "datasource must be the name of a datasource of the environment's sql section");
            } else {
                datasource = ds.text();
            }
        }
        int maxRows = yaml.maxRows() == null ? SqlQuery.DEFAULT_MAX_ROWS : yaml.maxRows();
        if (maxRows < 0) {
            problems.add(node.get("maxRows").orElse(node), "maxRows must be 0 or more", "it is how many rows are kept");
        }
        int fetchSize = yaml.fetchSize() == null ? SqlQuery.DEFAULT_FETCH_SIZE : yaml.fetchSize();
        if (fetchSize < 1 || fetchSize > MAX_FETCH_SIZE) {
            problems.add(node.get("fetchSize").orElse(node), "fetchSize must be between 1 and " + MAX_FETCH_SIZE);
        }
        if (problems.size() > before) return null;
        return new SqlQuery(sqlNode.text(), datasource, maxRows, fetchSize, sqlNode.position(), datasourceAt);
    }

    @Override
    public StepResult execute(SqlQuery query, StepContext ctx) throws Exception {
        BoundTemplate bound = ctx.bind(query.sql());
        SqlPool pool = ctx.connection("sql", query.datasource(), SqlPool::open);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("datasource", pool.name());
        request.put("sql", bound.text());
        request.put("params", bound.values());
        Map<String, Object> value = new StatementRunner(pool, ctx::parseJson, ctx::toJson)
                .run(bound, query.maxRows(), query.fetchSize(), ctx.deadline());
        return new StepResult(value, request);
    }

    @Override
    public List<ConnectionRef> connections(SqlQuery query) {
        return List.of(new ConnectionRef("sql", query.datasource(), query.datasourcePosition()));
    }

    @Override
    public String describe(SqlQuery query) {
        String oneLine = query.sql().strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
