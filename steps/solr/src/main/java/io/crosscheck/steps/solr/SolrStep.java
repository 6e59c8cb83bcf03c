package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Required;

/**
 * A {@code query: { solr: ..., connection: NAME }} step, as the engine binds it and as its schema describes it.
 * {@code connection} names an entry of the environment's {@code solr:} section (null: the only one).
 */
@Doc("A Solr search, or documents to add and delete, with SolrJ. Result: rows (the documents), count, numFound, facets.")
public record SolrStep(
        @Required
        @Doc(value = "A search (q fq sort rows start fl facet) or a change of documents (add deleteByQuery deleteById commit "
                + "commitWithin) in one collection; params go with either. In q, fq and deleteByQuery the ${...} values are escaped.",
                examples = {"{\"collection\": \"logs\", \"q\": \"traceId:${traceId}\", \"rows\": 0, \"facet\": {\"fields\": [\"level\"]}}",
                        "{\"collection\": \"logs\", \"deleteByQuery\": \"traceId:${traceId}\", \"commit\": true}"})
        SolrSpec solr,
        @Doc(value = "A connection of the environment's solr section; optional when only one is configured.", shape = "text",
                examples = "logs")
        String connection,
        Position connectionPosition) {
}
