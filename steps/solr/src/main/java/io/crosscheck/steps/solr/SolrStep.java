package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.Position;

/**
 * A checked {@code query: { solr: ..., connection: NAME }} step. {@code connection} names an entry of the
 * environment's {@code solr:} section (null: the only one); {@code at} is where it was written.
 */
public record SolrStep(SolrSpec spec, String connection, Position at) {
}
