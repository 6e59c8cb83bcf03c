package io.crosscheck.engine.model;

import io.crosscheck.engine.result.Position;
import java.util.List;

/**
 * The run-level {@code setup} and {@code teardown} of crosscheck.yaml (spec §5): steps run once per run, before the
 * first scenario and after the last. A position is that of its key, null when the list is not written.
 */
public record RunHooks(List<Step> setup, Position setupAt, List<Step> teardown, Position teardownAt) {

    public RunHooks {
        setup = List.copyOf(setup);
        teardown = List.copyOf(teardown);
    }

    public static RunHooks none() {
        return new RunHooks(List.of(), null, List.of(), null);
    }
}
