package io.crosscheck.engine.spi;

import java.time.Instant;

/** The running scenario, as a step handler sees it; {@code traceId} is its run's W3C trace id ({@link Trace}). */
public record ScenarioInfo(String name, String file, Instant startedAt, String traceId) {

    public ScenarioInfo(String name, String file, Instant startedAt) {
        this(name, file, startedAt, Trace.newTraceId());
    }
}
