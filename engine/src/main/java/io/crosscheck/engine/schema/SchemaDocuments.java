package io.crosscheck.engine.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/** Reads the JSON Schemas shipped in the engine jar and the fragments plugins ship beside their handlers. */
final class SchemaDocuments {
    static final String SCENARIO = "scenario.schema.json";
    static final String CONFIG = "crosscheck.schema.json";
    /** Where a plugin jar puts the schema of its verb: {@code <verb>.schema.json} or {@code <verb>.<kind>.schema.json}. */
    static final String FRAGMENTS = "META-INF/crosscheck/schema/";
    /** The prefix of an evidence kind's fragment: {@code evidence.<kind>.schema.json}, the schema of its key's value. */
    static final String EVIDENCE = "evidence.";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaDocuments() {
    }

    /** A fresh copy of one of the engine's schemas. */
    static ObjectNode core(String name) {
        try (InputStream in = SchemaDocuments.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("schema " + name + " is missing from the engine jar");
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + name, e);
        }
    }

    /** The fragment named {@code <name>.schema.json} that the loader sees, if any; two different ones are refused. */
    static Optional<ObjectNode> fragment(ClassLoader loader, String name) {
        String resource = FRAGMENTS + name + ".schema.json";
        List<ObjectNode> found = new ArrayList<>();
        List<URL> from = new ArrayList<>();
        try {
            Enumeration<URL> urls = loader == null ? ClassLoader.getSystemResources(resource) : loader.getResources(resource);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                try (InputStream in = url.openStream()) {
                    ObjectNode node = (ObjectNode) MAPPER.readTree(in);
                    if (!found.contains(node)) {
                        found.add(node);
                        from.add(url);
                    }
                } catch (ClassCastException e) {
                    throw new IllegalStateException("schema fragment " + url + " must be a JSON object");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema fragment " + resource, e);
        }
        if (found.size() > 1) {
            throw new IllegalStateException("two plugins ship " + resource + ": " + from.get(0) + " and " + from.get(1));
        }
        return found.stream().findFirst();
    }
}
