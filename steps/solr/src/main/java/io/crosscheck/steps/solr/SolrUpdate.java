package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepFailedException;
import io.crosscheck.engine.spi.step.StepResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Adds and deletes documents in one update request, then commits when asked. Result: {@code added},
 * {@code deleted} (documents the delete queries matched before they ran, plus the ids sent),
 * {@code updated} (their sum) and {@code committed}.
 */
final class SolrUpdate {
    private SolrUpdate() {
    }

    static StepResult run(SolrSpec spec, String collection, SolrConnection solr, StepContext ctx) throws Exception {
        List<SolrInputDocument> docs = documents(spec.add() == null ? null : ctx.render(spec.add()));
        List<String> deleteQueries = spec.deleteByQuery().stream().map(q -> QueryText.render(q, ctx)).toList();
        List<String> deleteIds = spec.deleteById().stream().map(ctx::renderText).toList();

        UpdateRequest request = new UpdateRequest();
        if (!docs.isEmpty()) request.add(docs);
        deleteQueries.forEach(request::deleteByQuery);
        if (!deleteIds.isEmpty()) request.deleteById(deleteIds);
        if (spec.commitWithin() != null) request.setCommitWithin((int) spec.commitWithin().toMillis());
        if (spec.commits()) request.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
        ModifiableSolrParams params = new ModifiableSolrParams(request.getParams());
        SolrValues.addParams(params, spec.params(), ctx);
        request.setParams(params);
        long deleted = deleteIds.size();
        try {
            for (String q : deleteQueries) deleted += matches(solr, collection, q);
            request.process(solr.client(), collection);
        } catch (Exception e) {
            throw SolrFailures.translate(e, solr, collection);
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("updated", docs.size() + deleted);
        value.put("added", docs.size());
        value.put("deleted", deleted);
        value.put("committed", spec.commits());
        Map<String, Object> sent = SolrSearch.request(solr, collection, request.getParams());
        if (!docs.isEmpty()) sent.put("add", docs.stream().map(SolrUpdate::asMap).toList());
        if (!deleteQueries.isEmpty()) sent.put("deleteByQuery", deleteQueries);
        if (!deleteIds.isEmpty()) sent.put("deleteById", deleteIds);
        return new StepResult(value, sent);
    }

    private static long matches(SolrConnection solr, String collection, String q) throws Exception {
        return solr.client().query(collection, new SolrQuery(q).setRows(0)).getResults().getNumFound();
    }

    static List<SolrInputDocument> documents(Object rendered) throws StepFailedException {
        if (rendered == null) return List.of();
        List<?> items = rendered instanceof List<?> l ? l : List.of(rendered);
        List<SolrInputDocument> docs = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map)) {
                throw new StepFailedException("a document to add must be a map of field: value, got " + item);
            }
            SolrInputDocument doc = new SolrInputDocument();
            map.forEach((field, v) -> doc.setField(String.valueOf(field), v));
            docs.add(doc);
        }
        return docs;
    }

    private static Map<String, Object> asMap(SolrInputDocument doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : doc.getFieldNames()) out.put(name, doc.getField(name).getValue());
        return out;
    }
}
