package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.spi.step.StepHandler;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the verbs of plugins to the scenario schema. A verb the core schema does not describe gets the fragment its
 * jar ships ({@code META-INF/crosscheck/schema/<verb>.schema.json}), or an open schema when it ships none; a new
 * sub-kind of a verb ({@code query: {mongo: ...}}) gets {@code <verb>.<kind>.schema.json} the same way.
 * Fragments may refer to the core's definitions, e.g. {@code {"$ref": "#/$defs/duration"}}. What plugins add comes
 * first, in the registry's order, then the core's own: messages and "did you mean" list them in that order.
 */
final class SchemaMerger {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** How many entries plugins have put at the front of each list or map so far. */
    private final Map<JsonNode, Integer> added = new IdentityHashMap<>();

    private SchemaMerger() {
    }

    static ObjectNode merge(ObjectNode core, Map<String, Map<String, StepHandler<?>>> handlers) {
        SchemaMerger merger = new SchemaMerger();
        ObjectNode defs = (ObjectNode) core.get("$defs");
        ObjectNode step = (ObjectNode) defs.get("step");
        handlers.forEach((verb, kinds) -> kinds.forEach((kind, handler) -> {
            ClassLoader loader = handler.getClass().getClassLoader();
            if (kind.isEmpty()) {
                merger.addVerb(defs, step, verb, loader);
            } else {
                merger.addKind(defs, step, verb, kind, loader);
            }
        }));
        return core;
    }

    /**
     * Adds the evidence kinds to crosscheck.yaml's schema: each kind's key in an evidence entry takes the fragment its
     * jar ships ({@code evidence.<kind>.schema.json}), or any map when it ships none.
     */
    static ObjectNode mergeConfig(ObjectNode core, Map<String, EvidenceSource<?>> kinds) {
        SchemaMerger merger = new SchemaMerger();
        ObjectNode entry = (ObjectNode) core.get("properties").get("evidence").get("items");
        ObjectNode properties = (ObjectNode) entry.get("properties");
        merger.added.put(properties, 1); // after name, before fields: the order an entry is written in
        kinds.forEach((kind, source) -> {
            ObjectNode schema = SchemaDocuments.fragment(source.getClass().getClassLoader(), SchemaDocuments.EVIDENCE + kind)
                    .orElseGet(() -> JSON.objectNode().put("title", kind).put("type", "object")
                            .put("description", "The '" + kind + "' evidence of a plugin (its jar ships no schema)."));
            merger.put(properties, kind, schema);
            borrow(schema, (ObjectNode) core.get("$defs"), (ObjectNode) SchemaDocuments.core(SchemaDocuments.SCENARIO).get("$defs"));
        });
        return core;
    }

    /** The scenario schema's definitions a fragment refers to ({@code #/$defs/name}, ...), copied where it now stands. */
    private static void borrow(JsonNode schema, ObjectNode defs, ObjectNode from) {
        if (schema.isObject() && schema.has("$ref")) {
            String name = schema.get("$ref").asText().replaceFirst("^#/\\$defs/", "");
            if (!defs.has(name) && from.has(name)) {
                defs.set(name, from.get(name).deepCopy());
                borrow(from.get(name), defs, from);
            }
        }
        schema.forEach(child -> borrow(child, defs, from));
    }

    private void addVerb(ObjectNode defs, ObjectNode step, String verb, ClassLoader loader) {
        if (step.get("properties").has(verb)) return;
        ObjectNode schema = SchemaDocuments.fragment(loader, verb).orElseGet(() -> JSON.objectNode()
                .put("description", "The '" + verb + "' step of a plugin (its jar ships no schema)."));
        defs.set(verb, schema);
        declare(step, verb);
    }

    private void addKind(ObjectNode defs, ObjectNode step, String verb, String kind, ClassLoader loader) {
        String name = verb + "." + kind;
        if (defs.has(name)) return;
        ObjectNode verbDef = defs.has(verb) ? (ObjectNode) defs.get(verb) : newVerb(defs, step, verb);
        ObjectNode schema = SchemaDocuments.fragment(loader, name).orElseGet(() -> {
            ObjectNode open = JSON.objectNode().put("type", "object");
            open.putArray("required").add(kind);
            return open;
        });
        defs.set(name, schema);
        ObjectNode properties = verbDef.has("properties") ? (ObjectNode) verbDef.get("properties") : verbDef.putObject("properties");
        if (!properties.has(kind)) {
            put(properties, kind, JSON.objectNode().put("description", schema.hasNonNull("description")
                    ? schema.get("description").asText() : "The '" + kind + "' form of " + verb + " (a plugin)."));
        }
        // the verb lists the keys of all its forms: the new form's keys join them, or any key goes when it has no schema
        if (schema.has("properties")) {
            schema.get("properties").fieldNames().forEachRemaining(k -> { if (!properties.has(k)) put(properties, k, JSON.objectNode()); });
        } else {
            verbDef.remove("additionalProperties");
        }
        ObjectNode branch = JSON.objectNode();
        branch.putObject("if").putArray("required").add(kind);
        branch.putObject("then").put("$ref", "#/$defs/" + name);
        add(array(verbDef, "allOf"), branch);
        add(array(verbDef, "oneOf"), required(kind));
    }

    private ObjectNode newVerb(ObjectNode defs, ObjectNode step, String verb) {
        ObjectNode verbDef = defs.putObject(verb).put("title", verb).put("type", "object");
        declare(step, verb);
        return verbDef;
    }

    private void declare(ObjectNode step, String verb) {
        put((ObjectNode) step.get("properties"), verb, JSON.objectNode().put("$ref", "#/$defs/" + verb));
        add(array(step, "oneOf"), required(verb));
    }

    private static ObjectNode required(String key) {
        ObjectNode node = JSON.objectNode();
        node.putArray("required").add(key);
        return node;
    }

    private void add(ArrayNode list, JsonNode item) {
        list.insert(next(list), item);
    }

    private void put(ObjectNode map, String key, JsonNode value) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(map.properties());
        entries.add(next(map), Map.entry(key, value));
        map.removeAll();
        entries.forEach(e -> map.set(e.getKey(), e.getValue()));
    }

    private int next(JsonNode container) {
        int index = added.getOrDefault(container, 0);
        added.put(container, index + 1);
        return index;
    }

    private static ArrayNode array(ObjectNode owner, String key) {
        JsonNode existing = owner.get(key);
        return existing instanceof ArrayNode a ? a : owner.putArray(key);
    }
}
