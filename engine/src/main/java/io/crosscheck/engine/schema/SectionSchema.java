package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.spi.step.EnvironmentSection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The schema of an environment section described by a record: of its one map of settings, or of each connection.
 * The record's shapes ({@code Doc#shape}) name definitions of the scenario schema; those crosscheck.yaml's schema
 * lacks travel in the fragment's own {@code $defs}, which {@link SectionMerger} adds to it.
 */
final class SectionSchema {
    private static final String REF = "#/$defs/";

    private SectionSchema() {
    }

    static Optional<ObjectNode> of(EnvironmentSection section) {
        if (section == null || section.settings() == null) return Optional.empty();
        ObjectNode schema;
        ObjectNode own = JsonNodeFactory.instance.objectNode();
        if (section.connections()) {
            schema = connections(section, own);
        } else {
            schema = ConfigSchema.of(section.settings(), section.name());
        }
        JsonNode config = SchemaDocuments.core(SchemaDocuments.CONFIG).path("$defs");
        JsonNode scenario = SchemaDocuments.core(SchemaDocuments.SCENARIO).path("$defs");
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(schema);
        own.forEach(todo::push);
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

    /**
     * Connections by name, each the record's map, defined as {@code <name>Connection}; an example of the record's is
     * an example of one connection, named {@code main}.
     */
    private static ObjectNode connections(EnvironmentSection section, ObjectNode own) {
        Class<? extends Record> connection = section.settings();
        Doc doc = connection.getAnnotation(Doc.class);
        String title = doc != null && !doc.title().isEmpty() ? doc.title() : section.name() + " connection";
        ObjectNode one = ConfigSchema.of(connection, title);
        String definition = section.name() + "Connection";
        own.set(definition, one);
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("title", section.name())
                .put("description", "Connections by name, each " + title + ".").put("type", "object");
        schema.putObject("additionalProperties").put("$ref", REF + definition);
        JsonNode examples = one.path("examples");
        if (examples.isArray()) examples.forEach(e -> schema.withArray("examples").addObject().set("main", e));
        return schema;
    }
}
