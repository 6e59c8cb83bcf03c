package io.crosscheck.steps.sql;

import io.crosscheck.engine.spi.step.BoundTemplate;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code query: {sql: ..., datasource: ..., maxRows: ..., fetchSize: ...}} over JDBC, one HikariCP pool per datasource. */
public final class SqlQueryHandler implements StepHandler<SqlQuery> {
    /** The environment section of the datasources, and this handler's kind of query. */
    static final String KIND = "sql";

    @Override
    public EnvironmentSection section() {
        return EnvironmentSection.ofConnections(KIND, Datasource.class);
    }

    @Override
    public String verb() {
        return "query";
    }

    @Override
    public String kind() {
        return "sql";
    }

    @Override
    public Parsed<SqlQuery> parse(ConfigNode node, Problems problems) {
        SqlQuery config = read(node, problems);
        return config == null ? null : Parsed.of(config).withConnections(connections(config)).withDescription(describe(config));
    }

    private SqlQuery read(ConfigNode node, Problems problems) {
        SqlQuery query = node.bind(SqlQuery.class, problems);
        if (query == null) return null;
        int before = problems.size();
        ConfigNode sqlNode = node.get("sql").orElseThrow();
        if (query.sql().isBlank()) {
            problems.add(sqlNode, "sql must be the text of an SQL statement");
            return null;
        }
        for (SqlTemplateScanner.Misplaced m : SqlTemplateScanner.misplaced(sqlNode.text())) {
            Position at = ScalarPositions.of(sqlNode, m.offset());
            problems.add(at, PlaceholderAdvice.message(m), PlaceholderAdvice.hint(m));
        }
        if (query.datasource() != null && (query.datasource().isBlank() || query.datasource().contains("${"))) {
            problems.add(query.datasourcePosition(), "datasource must be the name of a datasource of the environment's sql section");
        }
        return problems.size() > before ? null : query;
    }

    @Override
    public StepResult execute(SqlQuery query, StepContext ctx) throws Exception {
        BoundTemplate bound = ctx.bind(query.sql());
        SqlPool pool = ctx.connection(KIND, query.datasource(), SqlPool::open);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("datasource", pool.name());
        request.put("sql", bound.text());
        request.put("params", bound.values());
        Map<String, Object> value = new StatementRunner(pool, ctx::parseJson, ctx::toJson)
                .run(bound, query.maxRows(), query.fetchSize(), ctx.deadline());
        return new StepResult(value, request);
    }

    List<ConnectionRef> connections(SqlQuery query) {
        return List.of(new ConnectionRef(KIND, query.datasource(), query.datasourcePosition()));
    }

    private String describe(SqlQuery query) {
        String oneLine = query.sql().strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
