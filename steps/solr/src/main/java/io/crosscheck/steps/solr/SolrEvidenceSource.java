package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Required;
import io.crosscheck.engine.spi.step.StepContext;
import java.util.List;
import java.util.Map;

/**
 * {@code evidence: [{ solr: {connection, collection, q, fq, sort, rows, fl, params}, fields }]}: the documents of a
 * Solr search, run as a {@code query: {solr: ...}} step runs it (values in {@code q} and {@code fq} escaped), with
 * {@code rows} at most the source's {@code limit}.
 */
public final class SolrEvidenceSource implements EvidenceSource<SolrEvidenceSource.Keys> {

    /** The search keys of {@link SolrSpec}, with the connection beside them, as one map. */
    @Doc(value = "A Solr search, as in query: {solr: ...}, plus connection (an entry of the environment's solr section).",
            examples = "{\"connection\": \"logs\", \"collection\": \"logs\", \"q\": \"traceId:${trace.id}\", \"sort\": \"ts asc\"}")
    public record Keys(
            @Doc(value = "A connection of the environment's solr section; optional when only one is configured.",
                    shape = "text", examples = "logs")
            String connection,
            @Required @Doc(value = "The Solr collection (or core).", shape = "text", examples = "logs") String collection,
            @Doc(value = "The query (default *:*); its ${...} values are escaped.", examples = "traceId:${trace.id}") String q,
            @Doc(value = "Filter queries.", shape = "textList") List<String> fq,
            @Doc(value = "Sort order.", examples = "ts asc") String sort,
            @Doc("How many documents to read, at most the source's limit.") Integer rows,
            @Doc(value = "Fields to return.", shape = "textList") List<String> fl,
            @Doc("Any other Solr request parameters.") Map<String, Object> params,
            Position connectionPosition) {

        SolrSpec spec(Integer rows) {
            return new SolrSpec(collection, q, fq, sort, rows, null, fl, null, params, null, null, null, null, null);
        }
    }

    @Override
    public String kind() {
        return SolrQueryHandler.KIND;
    }

    @Override
    public Keys parse(ConfigNode node, Problems problems) {
        Keys k = node.bind(Keys.class, problems);
        if (k == null) return null;
        int before = problems.size();
        SolrSpecCheck.check(node, k.spec(k.rows()), problems);
        return problems.size() > before ? null : k;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> read(Keys k, StepContext ctx, int limit) throws Exception {
        SolrSpec bounded = k.spec(k.rows() == null ? limit : Math.min(k.rows(), limit));
        SolrConnection solr = ctx.connection(SolrQueryHandler.KIND, k.connection(), SolrConnection::open);
        return (List<Map<String, Object>>) SolrSearch.run(bounded, ctx.renderText(k.collection()), solr, ctx).value()
                .get("rows");
    }

    @Override
    public List<ConnectionRef> connections(Keys k) {
        return List.of(new ConnectionRef(SolrQueryHandler.KIND, k.connection(), k.connectionPosition()));
    }
}
