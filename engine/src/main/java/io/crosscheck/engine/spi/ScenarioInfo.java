package io.crosscheck.engine.spi;

import java.time.Instant;

/** The running scenario, as a step handler sees it. */
public record ScenarioInfo(String name, String file, Instant startedAt) {
}
