package io.crosscheck.engine.run;

import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.spi.step.StepResult;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one attempt of a step: its result (null when it threw), its checks, what went wrong (null when it
 * passed or was skipped), what a failure showed in place of a result, and the values its {@code save} read (applied to
 * the scenario's scope only when it passed).
 */
record Attempt(Status status, StepResult result, List<CheckResult> checks, StepError failure, Object details,
               Map<String, Object> saves) {

    Attempt(StepResult result, List<CheckResult> checks, StepError failure) {
        this(failure == null ? Status.PASSED : failure.status(), result, checks, failure, null, Map.of());
    }

    /** An attempt that ended before a result: {@code details} stands in for the result in the report. */
    static Attempt failed(Status status, StepError failure, Object details) {
        return new Attempt(status, null, List.of(), failure, details, Map.of());
    }

    static Attempt failed(StepError failure) {
        return failed(failure.status(), failure, null);
    }

    static Attempt skipped() {
        return new Attempt(Status.SKIPPED, null, List.of(), null, null, Map.of());
    }

    Attempt withSaves(Map<String, Object> values) {
        return new Attempt(status, result, checks, failure, details, values);
    }

    boolean passed() {
        return status == Status.PASSED;
    }
}
