package io.crosscheck.engine.spi.step;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One named connection from the environment, its properties already rendered (secrets resolved): as plain values,
 * and as a node to {@link #bind} onto the record that describes the section's connections.
 */
public record ConnectionConfig(String kind, String name, Map<String, Object> properties, ConfigNode node) {

    /**
     * The properties bound onto {@code type}, as the step's section describes them; crosscheck.yaml's schema has
     * already refused a bad key at its position, so what is wrong here is a value a template rendered.
     */
    public <R extends Record> R bind(Class<R> type) {
        Problems problems = new Problems();
        R bound = node.bind(type, problems);
        if (problems.isEmpty()) return bound;
        throw new IllegalArgumentException(kind + " connection '" + name + "': " + problems.list().stream()
                .map(p -> p.message() + (p.hint().isEmpty() ? "" : " (" + p.hint() + ")")).collect(Collectors.joining("; ")));
    }
}
