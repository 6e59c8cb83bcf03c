package io.crosscheck.engine.spi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one attempt of a step produced. {@code value} is what scenarios see (as {@code result} and under the
 * verb's name); {@code request} is what was sent, kept for the report.
 */
public record StepResult(Map<String, Object> value, Map<String, Object> request) {

    public StepResult {
        value = value == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(value));
        request = request == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(request));
    }

    public static StepResult of(Map<String, Object> value) {
        return new StepResult(value, Map.of());
    }

    public StepResult withRequest(Map<String, Object> request) {
        return new StepResult(value, request);
    }
}
