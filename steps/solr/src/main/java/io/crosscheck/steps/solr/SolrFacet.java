package io.crosscheck.steps.solr;

import java.util.List;

/**
 * Field faceting: for each field, the count of matching documents per value. {@code limit} values per field
 * (Solr's default 100, -1 for all), only values with at least {@code mincount} documents (default 1).
 */
public record SolrFacet(List<String> fields, Integer limit, Integer mincount) {
    public SolrFacet {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
