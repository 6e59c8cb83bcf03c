package io.crosscheck.engine.result;

import java.util.List;
import java.util.Map;

/**
 * The result of one step, as reports show it. {@code startOffsetMs} is from the scenario's start (for a
 * waterfall); {@code response} is the step's result value; {@code error} the failure's cause, empty if passed.
 * {@code steps} are the steps a {@code use} step ran (those of its fragment, each at its own position), else empty.
 * {@code id} is the step's id in the plan: its run's, its phase and number ({@code orders.yaml:3#2/step-1}), and for a
 * fragment's step its number under the use step ({@code .../step-1/2}); empty for a record read back from a report.
 * {@code failure} is what stopped a FAILED or ERROR step, of which {@code error} is the one-line text; null otherwise
 * ({@code error} then holds why a step was skipped, if it was).
 */
public record StepRecord(
        String id,
        String name,
        String verb,
        Phase phase,
        Position position,
        Status status,
        long startOffsetMs,
        long durationMs,
        int attempts,
        Map<String, Object> request,
        Object response,
        List<CheckResult> checks,
        String error,
        List<ReportItem> reports,
        List<StepRecord> steps,
        StepError failure) {

    public StepRecord {
        id = id == null ? "" : id;
        if (failure == null && (status == Status.FAILED || status == Status.ERROR) && error != null && !error.isBlank()) {
            // a record made from text alone (a report written before failures had a kind): a FAILED step whose error
            // sums up its first failed check, as the engine words it, failed that check
            String text = error;
            boolean checkFailed = status == Status.FAILED && checks != null && checks.stream().filter(c -> !c.passed())
                    .findFirst().filter(c -> c.summary().equals(text)).isPresent();
            failure = StepError.of(status == Status.ERROR ? StepError.Kind.INTERNAL
                    : checkFailed ? StepError.Kind.FAILED_CHECK : StepError.Kind.REJECTED, error);
        }
        if (failure != null && (error == null || error.isBlank())) error = failure.text();
        request = request == null ? Map.of() : request;
        checks = checks == null ? List.of() : List.copyOf(checks);
        error = error == null ? "" : error;
        reports = reports == null ? List.of() : List.copyOf(reports);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A record of what failed, worded by {@code failure}; null when the step did not fail. */
    public StepRecord(String id, String name, String verb, Phase phase, Position position, Status status,
                      long startOffsetMs, long durationMs, int attempts, Map<String, Object> request, Object response,
                      List<CheckResult> checks, StepError failure, List<ReportItem> reports, List<StepRecord> steps) {
        this(id, name, verb, phase, position, status, startOffsetMs, durationMs, attempts, request, response, checks,
                "", reports, steps, failure);
    }

    /** A record whose failure is known by its text alone. */
    public StepRecord(String id, String name, String verb, Phase phase, Position position, Status status,
                      long startOffsetMs, long durationMs, int attempts, Map<String, Object> request, Object response,
                      List<CheckResult> checks, String error, List<ReportItem> reports, List<StepRecord> steps) {
        this(id, name, verb, phase, position, status, startOffsetMs, durationMs, attempts, request, response, checks,
                error, reports, steps, null);
    }

    /** A record with no id (read back from a report written without ids). */
    public StepRecord(String name, String verb, Phase phase, Position position, Status status, long startOffsetMs,
                      long durationMs, int attempts, Map<String, Object> request, Object response,
                      List<CheckResult> checks, String error, List<ReportItem> reports, List<StepRecord> steps) {
        this("", name, verb, phase, position, status, startOffsetMs, durationMs, attempts, request, response, checks,
                error, reports, steps);
    }

    /** A step with no id that ran no steps of its own. */
    public StepRecord(String name, String verb, Phase phase, Position position, Status status, long startOffsetMs,
                      long durationMs, int attempts, Map<String, Object> request, Object response,
                      List<CheckResult> checks, String error, List<ReportItem> reports) {
        this(name, verb, phase, position, status, startOffsetMs, durationMs, attempts, request, response, checks, error,
                reports, List.of());
    }

    /** The innermost failed or erroneous step, following the steps of fragments; this one when it ran none. */
    public StepRecord failedStep() {
        for (StepRecord s : steps) {
            if (s.status() == Status.FAILED || s.status() == Status.ERROR) return s.failedStep();
        }
        return this;
    }

    /** This step as cut off by a stopped run: ERROR "interrupted" whatever it saw, keeping what it did. */
    public StepRecord interrupted() {
        return new StepRecord(id, name, verb, phase, position, Status.ERROR, startOffsetMs, durationMs, attempts, request,
                response, checks, StepError.of(StepError.Kind.INTERNAL, "interrupted"), reports, steps);
    }
}
