package io.crosscheck.engine.expect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.crosscheck.engine.expr.ExpressionException;
import io.crosscheck.engine.expr.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema validation (draft 2020-12 unless the schema says otherwise) of a value, with an inline schema
 * or a schema file relative to the project folder. Schema files are loaded once per run.
 */
final class SchemaCheck {
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<Path, JsonSchema> files = new ConcurrentHashMap<>();
    private final Map<String, JsonSchema> metas = new ConcurrentHashMap<>();

    /** The validator's messages for {@code value}; empty when it matches. */
    List<String> errors(Object schema, Object value, Path baseDir) {
        JsonSchema compiled = compile(schema, baseDir);
        List<String> errors = new ArrayList<>();
        for (ValidationMessage m : compiled.validate(tree(value))) errors.add(m.getMessage());
        return errors;
    }

    /**
     * The problem of a schema, inline or a file relative to {@code baseDir}, if the validator cannot load it or it
     * breaks the rules of its draft (a misspelt type name, a required that is no list): found before anything runs.
     */
    String problem(Object schema, Path baseDir) {
        try {
            JsonSchema compiled = compile(schema, baseDir);
            compiled.initializeValidators();
            Map<String, String> broken = new java.util.LinkedHashMap<>(); // the first message per place: anyOf adds others
            for (ValidationMessage m : metaSchema(compiled.getSchemaNode()).validate(compiled.getSchemaNode())) {
                broken.putIfAbsent(String.valueOf(m.getInstanceLocation()), m.getMessage());
            }
            return broken.isEmpty() ? null : "bad JSON Schema: " + String.join("; ", broken.values());
        } catch (JsonSchemaException | ExpressionException | IllegalArgumentException e) {
            return schema instanceof Map<?, ?> ? "bad JSON Schema: " + e.getMessage() : e.getMessage();
        }
    }

    /** The meta-schema of the schema's own draft ({@code $schema}, 2020-12 if none); bundled drafts load offline. */
    private JsonSchema metaSchema(JsonNode schema) {
        String uri = schema.path("$schema").asText(SchemaId.V202012).replaceFirst("#$", "");
        return metas.computeIfAbsent(uri, u -> factory.getSchema(SchemaLocation.of(u)));
    }

    private JsonSchema compile(Object schema, Path baseDir) {
        if (schema instanceof Map<?, ?>) return factory.getSchema(tree(schema));
        if (!(schema instanceof String name) || name.isBlank()) {
            throw new ExpressionException("schema must be a map or the name of a JSON file, got " + Values.format(schema));
        }
        Path file = (baseDir == null ? Path.of(name) : baseDir.resolve(name)).toAbsolutePath().normalize();
        return files.computeIfAbsent(file, this::load);
    }

    private JsonSchema load(Path file) {
        try {
            JsonNode node = mapper.readTree(Files.readString(file));
            return factory.getSchema(file.toUri(), node);
        } catch (NoSuchFileException e) {
            throw new ExpressionException("schema file not found: " + file);
        } catch (IOException | JsonSchemaException e) {
            throw new ExpressionException("cannot read schema file " + file + ": " + e.getMessage());
        }
    }

    private JsonNode tree(Object value) {
        try {
            return mapper.readTree(Values.json(value)); // dates and other scalars as their text, like the reports
        } catch (JsonProcessingException e) {
            throw new ExpressionException("cannot turn " + Values.format(value) + " into JSON: " + e.getOriginalMessage());
        }
    }
}
