package io.crosscheck.engine.model;

import io.crosscheck.engine.spi.step.Required;
import java.time.Duration;

/** {@code retry: {timeout: 20s, every: 250ms}}: re-run until expectations hold or the timeout passes. */
public record Retry(@Required Duration timeout, Duration every) {
    public Retry {
        every = every == null ? Duration.ofMillis(250) : every;
    }
}
