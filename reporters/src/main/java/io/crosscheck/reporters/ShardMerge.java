package io.crosscheck.reporters;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Joins the results of CI shards (each read with {@link ResultsJsonReader}) into one run, so that one set of
 * reports covers them all: scenarios in file order, the run from the first start to the last end, interrupted
 * if any shard was.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    public static RunResult merge(List<RunResult> shards) {
        if (shards.isEmpty()) throw new IllegalArgumentException("no results to merge");
        if (shards.size() == 1) return shards.get(0);
        List<ScenarioResult> scenarios = new ArrayList<>();
        Instant start = null;
        Instant end = null;
        boolean interrupted = false;
        for (RunResult r : shards) {
            scenarios.addAll(r.scenarios());
            interrupted |= r.interrupted();
            if (r.startedAt() != null) {
                Instant e = r.startedAt().plusMillis(r.durationMs());
                if (start == null || r.startedAt().isBefore(start)) start = r.startedAt();
                if (end == null || e.isAfter(end)) end = e;
            }
        }
        scenarios.sort(Comparator.comparing((ScenarioResult s) -> s.position() == null ? "" : s.file())
                .thenComparingInt(s -> s.position() == null ? 0 : s.position().line())
                .thenComparing(ScenarioResult::example));
        long duration = start == null ? shards.stream().mapToLong(RunResult::durationMs).max().orElse(0)
                : end.toEpochMilli() - start.toEpochMilli();
        String id = shards.stream().map(RunResult::id).filter(Objects::nonNull).distinct()
                .reduce((a, b) -> a + "+" + b).orElse(null);
        return new RunResult(id, start, duration, shards.get(0).environment(), scenarios, interrupted);
    }
}
