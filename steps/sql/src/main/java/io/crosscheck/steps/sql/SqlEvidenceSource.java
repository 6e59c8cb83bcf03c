package io.crosscheck.steps.sql;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import java.util.List;
import java.util.Map;

/**
 * {@code evidence: [{ sql: {sql, datasource}, fields }]}: the rows of an SQL query, read for a scenario run
 * exactly as a {@code query: {sql: ...}} step reads them (each {@code ${...}}, such as {@code ${trace.id}}, a bind
 * parameter), at most {@code limit} of them.
 */
public final class SqlEvidenceSource implements EvidenceSource<SqlQuery> {
    private final SqlQueryHandler step = new SqlQueryHandler();

    @Override
    public String kind() {
        return "sql";
    }

    @Override
    public SqlQuery parse(ConfigNode node, Problems problems) {
        Parsed<SqlQuery> parsed = step.parse(node, problems);
        return parsed == null ? null : parsed.config();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> read(SqlQuery query, StepContext ctx, int limit) throws Exception {
        SqlQuery bounded = new SqlQuery(query.sql(), query.datasource(), Math.min(query.maxRows(), limit),
                query.fetchSize(), query.sqlPosition(), query.datasourcePosition());
        return (List<Map<String, Object>>) step.execute(bounded, ctx).value().get("rows");
    }

    @Override
    public List<ConnectionRef> connections(SqlQuery query) {
        return step.connections(query);
    }
}
