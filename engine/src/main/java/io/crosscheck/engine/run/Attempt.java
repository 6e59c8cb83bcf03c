package io.crosscheck.engine.run;

import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.spi.step.StepResult;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one attempt of a step: its result (null when it threw), its checks, what went wrong, and the
 * values its {@code save} read (applied to the scenario's scope only when it passed).
 */
record Attempt(Status status, StepResult result, List<CheckResult> checks, String error, Object details,
               Map<String, Object> saves) {

    Attempt(Status status, StepResult result, List<CheckResult> checks, String error, Object details) {
        this(status, result, checks, error, details, Map.of());
    }

    static Attempt error(Status status, String error, Object details) {
        return new Attempt(status, null, List.of(), error, details);
    }

    Attempt withSaves(Map<String, Object> values) {
        return new Attempt(status, result, checks, error, details, values);
    }

    boolean passed() {
        return status == Status.PASSED;
    }
}
