package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The schema of an environment section described by a settings record. The record's shapes ({@code Doc#shape}) name
 * definitions of the scenario schema; those crosscheck.yaml's schema lacks travel in the fragment's own {@code $defs},
 * which {@link SectionMerger} adds to it.
 */
final class SectionSchema {
    private static final String REF = "#/$defs/";

    private SectionSchema() {
    }

    static Optional<ObjectNode> of(EnvironmentSection section) {
        if (section == null || section.settings() == null) return Optional.empty();
        ObjectNode schema = ConfigSchema.of(section.settings(), section.name());
        JsonNode config = SchemaDocuments.core(SchemaDocuments.CONFIG).path("$defs");
        JsonNode scenario = SchemaDocuments.core(SchemaDocuments.SCENARIO).path("$defs");
        ObjectNode own = schema.objectNode();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(schema);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            node.forEach(todo::push);
            String ref = node.path("$ref").asText("");
            if (!ref.startsWith(REF)) continue;
            String name = ref.substring(REF.length());
            if (config.has(name) || own.has(name)) continue;
            if (!scenario.has(name)) throw new IllegalStateException("section '" + section.name() + "' takes shape '" + name
                    + "', which neither schema defines");
            own.set(name, scenario.get(name));
            todo.push(scenario.get(name));
        }
        if (!own.isEmpty()) schema.set("$defs", own);
        return Optional.of(schema);
    }
}
