package io.crosscheck.engine.model;

import io.crosscheck.engine.result.Position;
import java.util.List;
import java.util.Map;

/**
 * A fragment file (spec §2.6): reusable steps with parameters. {@code params} maps each name to its default
 * (templates kept); a parameter whose default is null is required.
 */
public record Fragment(String name, Position position, Map<String, Object> params, List<Step> steps) {

    public Fragment {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        steps = List.copyOf(steps);
    }
}
