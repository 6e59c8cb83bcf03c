package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;

/** Checks a bound {@code solr:} map beyond what its record states: a change that changes something, documents that are maps. */
final class SolrSpecCheck {
    private SolrSpecCheck() {
    }

    static void check(ConfigNode solr, SolrSpec spec, Problems problems) {
        if (spec.facet() != null && spec.facet().fields().isEmpty()) {
            problems.add(solr.get("facet").orElseThrow(), "facet needs fields", "e.g. facet: { fields: [level, service] }");
        }
        if (!spec.updates()) return;
        if (spec.add() == null && spec.deleteByQuery().isEmpty() && spec.deleteById().isEmpty() && !spec.commits()) {
            problems.add(solr, "nothing to do", "add documents, delete some, or commit: true");
        }
        solr.get("add").ifPresent(add -> checkDocs(add, problems));
    }

    /** {@code add} is a document (map), a list of them, or one {@code ${...}} that gives either. */
    private static void checkDocs(ConfigNode add, Problems problems) {
        if (add.isMap() || isTemplate(add)) return;
        if (!add.isList()) {
            problems.add(add, "add needs documents", "a map of field: value, a list of them, or ${...}");
            return;
        }
        for (ConfigNode doc : add.items()) {
            if (!doc.isMap() && !isTemplate(doc)) {
                problems.add(doc, "a document to add must be a map of field: value");
            }
        }
    }

    private static boolean isTemplate(ConfigNode node) {
        return node.isScalar() && node.text().contains("${");
    }
}
