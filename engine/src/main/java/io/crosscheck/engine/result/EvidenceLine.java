package io.crosscheck.engine.result;

import java.time.Instant;

/**
 * One line of a scenario run's cross-service timeline (spec §8): the evidence source it came from and what the row
 * said. {@code time} is null when the row's time could not be read; such lines sort last.
 */
public record EvidenceLine(String source, Instant time, String service, String level, String message) {

    public EvidenceLine {
        source = source == null ? "" : source;
        service = service == null ? "" : service;
        level = level == null ? "" : level;
        message = message == null ? "" : message;
    }

    /** Whether the line reports an error ({@code ERROR}, {@code error}, {@code FATAL}...): a culprit candidate. */
    public boolean isError() {
        String l = level.strip().toUpperCase(java.util.Locale.ROOT);
        return l.equals("ERROR") || l.equals("FATAL") || l.equals("SEVERE") || l.equals("CRITICAL");
    }
}
