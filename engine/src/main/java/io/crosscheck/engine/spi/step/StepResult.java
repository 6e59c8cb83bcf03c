package io.crosscheck.engine.spi.step;

import io.crosscheck.engine.result.CheckResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one attempt of a step produced. {@code value} is what scenarios see (as {@code result} and under the
 * verb's name); {@code request} is what was sent, kept for the report; {@code checks} are checks the handler made
 * itself (the {@code assert} verb), reported beside those of {@code expect}.
 */
public record StepResult(Map<String, Object> value, Map<String, Object> request, List<CheckResult> checks) {

    public StepResult {
        value = value == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(value));
        request = request == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(request));
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public StepResult(Map<String, Object> value, Map<String, Object> request) {
        this(value, request, List.of());
    }

    public static StepResult of(Map<String, Object> value) {
        return new StepResult(value, Map.of());
    }

    public StepResult withRequest(Map<String, Object> request) {
        return new StepResult(value, request, checks);
    }

    public StepResult withChecks(List<CheckResult> checks) {
        return new StepResult(value, request, checks);
    }
}
