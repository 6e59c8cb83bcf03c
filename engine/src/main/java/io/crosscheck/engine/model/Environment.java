package io.crosscheck.engine.model;

import io.crosscheck.engine.spi.step.ConfigNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The chosen environment: its name and sections (plain values, templates not yet rendered). */
public record Environment(String name, Map<String, Object> sections) {

    public static Environment of(String name, ConfigNode node) {
        Object value = node == null ? null : node.value();
        Map<String, Object> sections = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) map.forEach((k, v) -> sections.put(String.valueOf(k), v));
        return new Environment(name, sections);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> section(String name) {
        Object s = sections.get(name);
        return s instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
