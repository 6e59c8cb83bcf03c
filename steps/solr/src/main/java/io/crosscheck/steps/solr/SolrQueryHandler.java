package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import io.crosscheck.engine.spi.step.ConnectionRef;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import java.util.List;

/**
 * {@code query: { solr: {...}, connection: NAME }}: searches a Solr collection, or adds and deletes documents,
 * with SolrJ over HTTP. The connection is an entry of the environment's {@code solr:} section.
 */
public final class SolrQueryHandler implements StepHandler<SolrStep> {
    static final String KIND = "solr";

    @Override
    public EnvironmentSection section() {
        return EnvironmentSection.ofConnections(KIND, SolrConfig.class);
    }

    @Override
    public String verb() {
        return "query";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Parsed<SolrStep> parse(ConfigNode node, Problems problems) {
        SolrStep config = read(node, problems);
        return config == null ? null : Parsed.of(config).withConnections(connections(config)).withDescription(describe(config));
    }

    private SolrStep read(ConfigNode node, Problems problems) {
        int before = problems.size();
        SolrStep step = node.bind(SolrStep.class, problems);
        if (step == null) return null;
        SolrSpecCheck.check(node.get(KIND).orElseThrow(), step.solr(), problems);
        return problems.size() > before ? null : step;
    }

    @Override
    public StepResult execute(SolrStep step, StepContext ctx) throws Exception {
        SolrConnection solr = ctx.connection(KIND, step.connection(), SolrConnection::open);
        SolrSpec spec = step.solr();
        String collection = ctx.renderText(spec.collection());
        return spec.updates()
                ? SolrUpdate.run(spec, collection, solr, ctx)
                : SolrSearch.run(spec, collection, solr, ctx);
    }

    List<ConnectionRef> connections(SolrStep step) {
        return List.of(new ConnectionRef(KIND, step.connection(), step.connectionPosition()));
    }

    private String describe(SolrStep step) {
        SolrSpec spec = step.solr();
        if (!spec.updates()) return "solr " + spec.collection() + " " + (spec.q() == null ? "*:*" : spec.q());
        if (spec.add() != null) return "solr " + spec.collection() + " add";
        if (!spec.deleteByQuery().isEmpty()) return "solr " + spec.collection() + " delete " + String.join(" ", spec.deleteByQuery());
        if (!spec.deleteById().isEmpty()) return "solr " + spec.collection() + " delete by id";
        return "solr " + spec.collection() + " commit";
    }
}
