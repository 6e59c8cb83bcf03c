package io.crosscheck.engine.model;

import io.crosscheck.engine.spi.step.EvidenceSource;
import io.crosscheck.engine.result.Position;
import java.time.Duration;
import java.util.Map;

/**
 * One entry of crosscheck.yaml's {@code evidence:} (spec §8): its name, the source kind that reads it with its parsed
 * config, the {@code fields} expressions (time, service, level, message → expression over a row) and its bounds.
 */
public record EvidenceSpec(String name, EvidenceSource<Object> source, Object config, Map<String, String> fields,
                           Duration timeout, int limit, Position position) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_LIMIT = 200;

    public EvidenceSpec {
        fields = Map.copyOf(fields);
    }
}
