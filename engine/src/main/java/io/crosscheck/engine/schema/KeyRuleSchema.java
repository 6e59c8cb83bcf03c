package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.Exclusive;
import io.crosscheck.engine.spi.step.Together;

/** The rules across keys of a config record ({@link Exclusive}, {@link Together}) as schemas titled with their problem. */
final class KeyRuleSchema {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private KeyRuleSchema() {
    }

    /** Adds the record's rules to {@code schema}'s allOf; {@code title} names the map when a key must be present. */
    static void add(ObjectNode schema, Class<?> type, String title) {
        Exclusive exclusive = type.getAnnotation(Exclusive.class);
        Together together = type.getAnnotation(Together.class);
        if (exclusive == null && together == null) return;
        ArrayNode all = schema.putArray("allOf");
        if (exclusive != null) {
            all.add(exclusive(exclusive));
            if (exclusive.required()) {
                ObjectNode some = all.addObject().put("title", title);
                for (String group : exclusive.value()) anyRequired(some.withArray("anyOf"), group.split(" "));
            }
        }
        if (together != null) all.add(together(together));
    }

    /** No two keys of different groups: {@code not} any pair of groups both present. */
    private static ObjectNode exclusive(Exclusive rule) {
        ObjectNode schema = JSON.objectNode().put("title", rule.says());
        ArrayNode pairs = schema.putObject("not").putArray("anyOf");
        String[] groups = rule.value();
        for (int i = 0; i < groups.length; i++) {
            for (int j = i + 1; j < groups.length; j++) {
                String[] a = groups[i].split(" ");
                String[] b = groups[j].split(" ");
                if (a.length == 1 && b.length == 1) {
                    pairs.addObject().putArray("required").add(a[0]).add(b[0]);
                } else {
                    ArrayNode both = pairs.addObject().putArray("allOf");
                    anyRequired(both.addObject().putArray("anyOf"), a);
                    anyRequired(both.addObject().putArray("anyOf"), b);
                }
            }
        }
        return schema;
    }

    /** All or none: {@code not} any key present while another is absent. */
    private static ObjectNode together(Together rule) {
        ObjectNode schema = JSON.objectNode().put("title", rule.says());
        ArrayNode some = schema.putObject("not").putArray("anyOf");
        String[] keys = rule.value().split(" ");
        for (String present : keys) {
            for (String absent : keys) {
                if (present.equals(absent)) continue;
                ObjectNode branch = some.addObject();
                branch.putArray("required").add(present);
                branch.putObject("not").putArray("required").add(absent);
            }
        }
        return schema;
    }

    private static void anyRequired(ArrayNode any, String[] keys) {
        for (String key : keys) any.addObject().putArray("required").add(key);
    }
}
