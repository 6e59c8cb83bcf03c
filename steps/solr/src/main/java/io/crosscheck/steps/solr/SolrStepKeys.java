package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.Required;

/** The keys of a {@code query} node that holds {@code solr:}, as written. */
public record SolrStepKeys(@Required SolrSpec solr, String connection) {
}
