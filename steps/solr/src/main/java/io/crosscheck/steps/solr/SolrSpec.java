package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.Exclusive;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@code solr:} map of a {@code query} step. A step either searches ({@code q fq sort rows start fl facet})
 * or changes documents ({@code add deleteByQuery deleteById commit commitWithin}); {@code params} go with either.
 * Text values may hold {@code ${...}}; in {@code q}, {@code fq} and {@code deleteByQuery} the values are escaped.
 */
@Exclusive(value = {"q fq sort rows start fl facet", "add deleteByQuery deleteById commit commitWithin"},
        says = "a solr step either searches (q, fq, sort, rows, start, fl, facet) or changes documents (add, deleteByQuery, "
                + "deleteById, commit, commitWithin): split it into two steps")
public record SolrSpec(
        @Required @Doc(value = "The Solr collection (or core).", shape = "text", examples = "logs") String collection,
        @Doc(value = "The query (default *:*).", examples = "level:ERROR AND traceId:${traceId}") String q,
        @Doc(value = "Filter queries.", shape = "textList", examples = "[\"service:billing\"]") List<String> fq,
        @Doc(value = "Sort order.", examples = "ts desc") String sort,
        @Range(min = 0) @Doc(value = "How many documents to return (Solr's default 10).", examples = "50") Integer rows,
        @Range(min = 0) @Doc("Offset of the first document returned.") Integer start,
        @Doc(value = "Fields to return.", shape = "textList", examples = "[\"id\", \"level\", \"message\"]") List<String> fl,
        @Doc(value = "Field faceting: for each field, the count of matching documents per value, in the result's facets.",
                examples = "{\"fields\": [\"level\"]}")
        SolrFacet facet,
        @Doc(value = "Any other Solr request parameters.", examples = "{\"defType\": \"edismax\"}") Map<String, Object> params,
        @Doc(value = "Documents to add: a map of field: value, a list of them, or one ${...} that gives either.",
                shape = "mapsOrTemplate", examples = "{\"id\": \"${traceId}-1\", \"level\": \"ERROR\"}")
        Object add,
        @Doc(value = "Delete the documents matching these queries.", shape = "textList", examples = "traceId:${traceId}")
        List<String> deleteByQuery,
        @Doc(value = "Delete the documents with these ids.", shape = "textList") List<String> deleteById,
        @Doc("Commit after the change, so that searches see it at once.") Boolean commit,
        @Doc(value = "Ask Solr to commit within this time.", examples = "1s") Duration commitWithin) {

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
