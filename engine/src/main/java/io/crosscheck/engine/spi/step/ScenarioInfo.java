package io.crosscheck.engine.spi.step;

import java.time.Instant;

/** The running scenario, as a step handler sees it; {@code trace} is its run's W3C trace ({@link Trace}). */
public record ScenarioInfo(String name, String file, Instant startedAt, Trace trace) {

    public ScenarioInfo(String name, String file, Instant startedAt) {
        this(name, file, startedAt, Trace.fresh(null));
    }
}
