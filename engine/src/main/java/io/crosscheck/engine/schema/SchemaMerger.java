package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.StepHandler;
import java.util.Map;

/**
 * Adds the verbs of plugins to the scenario schema. A verb the core schema does not describe gets the fragment its
 * jar ships ({@code META-INF/crosscheck/schema/<verb>.schema.json}), or an open schema when it ships none; a new
 * sub-kind of a verb ({@code query: {mongo: ...}}) gets {@code <verb>.<kind>.schema.json} the same way.
 * Fragments may refer to the core's definitions, e.g. {@code {"$ref": "#/$defs/duration"}}.
 */
final class SchemaMerger {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaMerger() {
    }

    static ObjectNode merge(ObjectNode core, Map<String, Map<String, StepHandler<?>>> handlers) {
        ObjectNode defs = (ObjectNode) core.get("$defs");
        ObjectNode step = (ObjectNode) defs.get("step");
        handlers.forEach((verb, kinds) -> kinds.forEach((kind, handler) -> {
            ClassLoader loader = handler.getClass().getClassLoader();
            if (kind.isEmpty()) {
                addVerb(defs, step, verb, loader);
            } else {
                addKind(defs, step, verb, kind, loader);
            }
        }));
        return core;
    }

    private static void addVerb(ObjectNode defs, ObjectNode step, String verb, ClassLoader loader) {
        if (step.get("properties").has(verb)) return;
        ObjectNode schema = SchemaDocuments.fragment(loader, verb).orElseGet(() -> JSON.objectNode()
                .put("description", "The '" + verb + "' step of a plugin (its jar ships no schema)."));
        defs.set(verb, schema);
        declare(step, verb);
    }

    private static void addKind(ObjectNode defs, ObjectNode step, String verb, String kind, ClassLoader loader) {
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
            properties.putObject(kind).put("description", schema.hasNonNull("description") ? schema.get("description").asText()
                    : "The '" + kind + "' form of " + verb + " (a plugin).");
        }
        // the verb lists the keys of all its forms: the new form's keys join them, or any key goes when it has no schema
        if (schema.has("properties")) {
            schema.get("properties").fieldNames().forEachRemaining(k -> { if (!properties.has(k)) properties.putObject(k); });
        } else {
            verbDef.remove("additionalProperties");
        }
        ObjectNode branch = array(verbDef, "allOf").addObject();
        branch.putObject("if").putArray("required").add(kind);
        branch.putObject("then").put("$ref", "#/$defs/" + name);
        array(verbDef, "oneOf").addObject().putArray("required").add(kind);
    }

    private static ObjectNode newVerb(ObjectNode defs, ObjectNode step, String verb) {
        ObjectNode verbDef = defs.putObject(verb).put("title", verb).put("type", "object");
        declare(step, verb);
        return verbDef;
    }

    private static void declare(ObjectNode step, String verb) {
        ((ObjectNode) step.get("properties")).putObject(verb).put("$ref", "#/$defs/" + verb);
        array(step, "oneOf").addObject().putArray("required").add(verb);
    }

    private static ArrayNode array(ObjectNode owner, String key) {
        JsonNode existing = owner.get(key);
        return existing instanceof ArrayNode a ? a : owner.putArray(key);
    }
}
