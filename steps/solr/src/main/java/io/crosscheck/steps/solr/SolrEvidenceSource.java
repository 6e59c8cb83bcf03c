package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import java.util.List;
import java.util.Map;

/**
 * {@code evidence: [{ solr: {connection, collection, q, fq, sort, rows, fl, params}, fields }]}: the documents of a
 * Solr search, run as a {@code query: {solr: ...}} step runs it (values in {@code q} and {@code fq} escaped), with
 * {@code rows} at most the source's {@code limit}.
 */
public final class SolrEvidenceSource implements EvidenceSource<SolrStep> {

    /** The search keys of {@link SolrSpec}, with the connection beside them, as one map. */
    public record Keys(String connection, @io.crosscheck.engine.spi.step.Required String collection, String q,
                       List<String> fq, String sort, Integer rows, List<String> fl, Map<String, Object> params) {
    }

    @Override
    public String kind() {
        return SolrQueryHandler.KIND;
    }

    @Override
    public SolrStep parse(ConfigNode node, Problems problems) {
        Keys k = node.bind(Keys.class, problems);
        if (k == null) return null;
        SolrSpec spec = new SolrSpec(k.collection(), k.q(), k.fq(), k.sort(), k.rows(), null, k.fl(), null, k.params(),
                null, null, null, null, null);
        int before = problems.size();
        SolrSpecCheck.check(node, spec, problems);
        if (problems.size() > before) return null;
        Position at = node.get("connection").map(ConfigNode::position).orElse(node.position());
        return new SolrStep(spec, k.connection(), at);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> read(SolrStep step, StepContext ctx, int limit) throws Exception {
        SolrSpec s = step.solr();
        int rows = s.rows() == null ? limit : Math.min(s.rows(), limit);
        SolrSpec bounded = new SolrSpec(s.collection(), s.q(), s.fq(), s.sort(), rows, null, s.fl(), null, s.params(),
                null, null, null, null, null);
        SolrConnection solr = ctx.connection(SolrQueryHandler.KIND, step.connection(), SolrConnection::open);
        return (List<Map<String, Object>>) SolrSearch.run(bounded, ctx.renderText(s.collection()), solr, ctx).value()
                .get("rows");
    }

    @Override
    public List<ConnectionRef> connections(SolrStep step) {
        return List.of(new ConnectionRef(SolrQueryHandler.KIND, step.connection(), step.connectionPosition()));
    }
}
