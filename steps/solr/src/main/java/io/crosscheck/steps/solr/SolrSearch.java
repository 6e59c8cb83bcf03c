package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;

/**
 * Runs a search. Result: {@code rows} (the documents as maps), {@code count} (rows returned), {@code numFound}
 * (all matches), {@code facets} (field → value → count), {@code qTime} (Solr's milliseconds).
 */
final class SolrSearch {
    private SolrSearch() {
    }

    static StepResult run(SolrSpec spec, String collection, SolrConnection solr, StepContext ctx) throws Exception {
        SolrQuery query = query(spec, ctx);
        QueryResponse response;
        try {
            response = solr.client().query(collection, query, SolrRequest.METHOD.POST);
        } catch (Exception e) {
            throw SolrFailures.translate(e, solr, collection);
        }
        SolrDocumentList docs = response.getResults();
        boolean askedForVersion = spec.fl().stream().anyMatch(f -> f.contains("_version_"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SolrDocument doc : docs) rows.add(SolrValues.document(doc, askedForVersion));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("rows", rows);
        value.put("count", rows.size());
        value.put("numFound", docs.getNumFound());
        value.put("facets", facets(response));
        value.put("qTime", response.getQTime());
        return new StepResult(value, request(solr, collection, query));
    }

    static SolrQuery query(SolrSpec spec, StepContext ctx) {
        SolrQuery query = new SolrQuery(spec.q() == null ? "*:*" : QueryText.render(spec.q(), ctx));
        for (String fq : spec.fq()) query.addFilterQuery(QueryText.render(fq, ctx));
        if (spec.sort() != null) query.set("sort", ctx.renderText(spec.sort()));
        if (spec.rows() != null) query.setRows(spec.rows());
        if (spec.start() != null) query.setStart(spec.start());
        if (!spec.fl().isEmpty()) query.setFields(spec.fl().stream().map(ctx::renderText).toArray(String[]::new));
        if (spec.facet() != null) {
            query.setFacet(true);
            query.addFacetField(spec.facet().fields().stream().map(ctx::renderText).toArray(String[]::new));
            query.setFacetMinCount(spec.facet().mincount() == null ? 1 : spec.facet().mincount());
            if (spec.facet().limit() != null) query.setFacetLimit(spec.facet().limit());
        }
        SolrValues.addParams(query, spec.params(), ctx);
        return query;
    }

    private static Map<String, Object> facets(QueryResponse response) {
        Map<String, Object> facets = new LinkedHashMap<>();
        if (response.getFacetFields() == null) return facets;
        for (FacetField field : response.getFacetFields()) {
            Map<String, Object> counts = new LinkedHashMap<>();
            for (FacetField.Count c : field.getValues()) counts.put(c.getName(), c.getCount());
            facets.put(field.getName(), counts);
        }
        return facets;
    }

    static Map<String, Object> request(SolrConnection solr, String collection, org.apache.solr.common.params.SolrParams params) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("connection", solr.name());
        request.put("url", solr.url() + "/" + collection);
        request.put("params", SolrValues.params(params));
        return request;
    }
}
