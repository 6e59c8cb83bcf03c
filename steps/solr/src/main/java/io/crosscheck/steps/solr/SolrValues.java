package io.crosscheck.steps.solr;

import io.crosscheck.engine.spi.step.StepContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;

/** Conversions between SolrJ's types and the plain values scenarios see (dates as ISO-8601 text). */
final class SolrValues {
    private SolrValues() {
    }

    static Map<String, Object> document(SolrDocument doc, boolean keepVersion) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : doc) {
            if (!keepVersion && field.getKey().equals("_version_")) continue;
            row.put(field.getKey(), plain(field.getValue()));
        }
        return row;
    }

    static Object plain(Object value) {
        if (value instanceof Date d) return d.toInstant().toString();
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object v : c) out.add(plain(v));
            return out;
        }
        return value;
    }

    /** Adds {@code params:} entries (rendered); a list value repeats the parameter. */
    static void addParams(ModifiableSolrParams target, Map<String, Object> params, StepContext ctx) {
        params.forEach((name, raw) -> {
            Object value = ctx.render(raw);
            if (value instanceof Collection<?> c) {
                for (Object v : c) target.add(name, String.valueOf(v));
            } else {
                target.set(name, String.valueOf(value));
            }
        });
    }

    /** Request parameters for the report: name → value, or → list when repeated. */
    static Map<String, Object> params(SolrParams params) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<String> names = params.getParameterNamesIterator(); names.hasNext(); ) {
            String name = names.next();
            String[] values = params.getParams(name);
            out.put(name, values.length == 1 ? values[0] : List.of(values));
        }
        return out;
    }
}
