package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import io.crosscheck.engine.spi.step.ConfigNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Walks the validator's paths: an instance location to the YAML node it names (so a problem gets that node's
 * file:line:column), and an evaluation path through the schema (following local {@code $ref}s) to the schema
 * that produced a message.
 */
final class Paths {
    /** Evaluation-path keywords whose schema applies to a child of the instance; the ones in NAMED take a name. */
    private static final Set<String> DESCEND = Set.of("properties", "patternProperties", "additionalProperties",
            "items", "prefixItems", "contains", "unevaluatedProperties", "unevaluatedItems");
    private static final Set<String> NAMED = Set.of("properties", "patternProperties", "prefixItems");

    private Paths() {
    }

    static List<String> elements(JsonNodePath path) {
        List<String> out = new ArrayList<>(path.getNameCount());
        for (int i = 0; i < path.getNameCount(); i++) out.add(String.valueOf(path.getElement(i)));
        return out;
    }

    /** The deepest YAML node the instance path reaches (the path always names existing nodes). */
    static ConfigNode node(ConfigNode root, List<String> instance) {
        ConfigNode at = root;
        for (String part : instance) {
            ConfigNode next = null;
            if (at.isMap()) {
                next = at.entries().get(part);
            } else if (at.isList() && part.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(part);
                if (index < at.items().size()) next = at.items().get(index);
            }
            if (next == null) return at;
            at = next;
        }
        return at;
    }

    /** The schema node at an evaluation path, from the root of the (merged) schema; null when it cannot be followed. */
    static JsonNode schema(JsonNode root, List<String> evaluation) {
        JsonNode at = root;
        for (String part : evaluation) {
            if (at == null) return null;
            if (part.equals("$ref")) {
                at = ref(root, at.path("$ref").asText());
            } else if (at.isArray()) {
                at = part.chars().allMatch(Character::isDigit) ? at.get(Integer.parseInt(part)) : null;
            } else {
                at = at.get(part);
            }
        }
        return at;
    }

    /** How many instance levels an evaluation path descends: the instance location of a schema on that path. */
    static int instanceDepth(List<String> evaluation) {
        int depth = 0;
        for (int i = 0; i < evaluation.size(); i++) {
            String part = evaluation.get(i);
            if (!DESCEND.contains(part)) continue;
            depth++;
            if (NAMED.contains(part)) i++; // the property name or index that follows is not a keyword
        }
        return depth;
    }

    private static JsonNode ref(JsonNode root, String ref) {
        if (!ref.startsWith("#")) return null;
        return root.at(ref.substring(1));
    }
}
