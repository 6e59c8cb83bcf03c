package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Required;
import java.util.List;

/**
 * Field faceting: for each field, the count of matching documents per value. {@code limit} values per field
 * (Solr's default 100, -1 for all), only values with at least {@code mincount} documents (default 1).
 */
public record SolrFacet(
        @Required @Doc(value = "The fields to facet on.", shape = "nonEmptyTextList", examples = "[\"level\", \"service\"]")
        List<String> fields,
        @Doc("Values per field (Solr's default 100, -1 for all).") Integer limit,
        @Doc("Only values with at least this many documents (default 1).") Integer mincount) {
    public SolrFacet {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
