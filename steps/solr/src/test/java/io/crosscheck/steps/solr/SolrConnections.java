package io.crosscheck.steps.solr;

import io.crosscheck.steps.testkit.StepTestKit;
import java.nio.file.Path;

/** The project these tests write: a 20s default timeout and a {@code solr:} section as the test words it. */
final class SolrConnections {
    private SolrConnections() {
    }

    /** {@code solrSection}: the YAML under {@code solr:}, e.g. {@code logs: { url: "…" }}. */
    static StepTestKit project(Path dir, String solrSection) {
        return StepTestKit.in(dir).config("defaults: { timeout: 20s }").environment("solr:\n" + solrSection.indent(2));
    }
}
