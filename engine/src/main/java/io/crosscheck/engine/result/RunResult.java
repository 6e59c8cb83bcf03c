package io.crosscheck.engine.result;

import java.time.Instant;
import java.util.List;

/** The immutable result tree of a run; reporters only render it. {@code interrupted} is true after Ctrl-C / fail-fast. */
public record RunResult(
        String id,
        Instant startedAt,
        long durationMs,
        String environment,
        List<ScenarioResult> scenarios,
        boolean interrupted) {

    public RunResult {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        environment = environment == null ? "" : environment;
    }

    public long count(Status status) {
        return scenarios.stream().filter(s -> s.status() == status).count();
    }

    public boolean passed() {
        return scenarios.stream().noneMatch(s -> s.status() == Status.FAILED || s.status() == Status.ERROR);
    }
}
