package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.Required;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@code solr:} map of a {@code query} step. A step either searches ({@code q fq sort rows start fl facet})
 * or changes documents ({@code add deleteByQuery deleteById commit commitWithin}); {@code params} go with either.
 * Text values may hold {@code ${...}}; in {@code q}, {@code fq} and {@code deleteByQuery} the values are escaped.
 */
public record SolrSpec(
        @Required String collection,
        String q,
        List<String> fq,
        String sort,
        Integer rows,
        Integer start,
        List<String> fl,
        SolrFacet facet,
        Map<String, Object> params,
        Object add,
        List<String> deleteByQuery,
        List<String> deleteById,
        Boolean commit,
        Duration commitWithin) {

    static final List<String> SEARCH_KEYS = List.of("q", "fq", "sort", "rows", "start", "fl", "facet");
    static final List<String> UPDATE_KEYS = List.of("add", "deleteByQuery", "deleteById", "commit", "commitWithin");

    public SolrSpec {
        fq = fq == null ? List.of() : List.copyOf(fq);
        fl = fl == null ? List.of() : List.copyOf(fl);
        params = params == null ? Map.of() : params;
        deleteByQuery = deleteByQuery == null ? List.of() : List.copyOf(deleteByQuery);
        deleteById = deleteById == null ? List.of() : List.copyOf(deleteById);
    }

    /** True when the step adds, deletes or commits rather than searches. */
    public boolean updates() {
        return add != null || !deleteByQuery.isEmpty() || !deleteById.isEmpty() || commit != null || commitWithin != null;
    }

    public boolean commits() {
        return Boolean.TRUE.equals(commit);
    }
}
