package io.crosscheck.engine.result;

import io.crosscheck.engine.spi.step.Trace;
import java.util.List;

/**
 * What the evidence sources said about one scenario run: the lines of every source on one timeline (sorted by time),
 * the likely culprit (the first ERROR line, or null), the sources that did not answer, each with why, and the trace id
 * they were asked about ({@link Trace}; empty when not known).
 * {@link #NONE} when nothing was gathered (a passed scenario, {@code --evidence never}, no sources).
 */
public record Evidence(List<EvidenceLine> lines, EvidenceLine culprit, List<Failure> failures, String traceId) {
    public static final Evidence NONE = new Evidence(List.of(), null, List.of(), "");

    public Evidence(List<EvidenceLine> lines, EvidenceLine culprit, List<Failure> failures) {
        this(lines, culprit, failures, "");
    }

    public Evidence {
        lines = lines == null ? List.of() : List.copyOf(lines);
        failures = failures == null ? List.of() : List.copyOf(failures);
        traceId = traceId == null ? "" : traceId;
    }

    public Evidence withTraceId(String id) {
        return new Evidence(lines, culprit, failures, id);
    }

    public boolean isEmpty() {
        return lines.isEmpty() && failures.isEmpty();
    }

    /** A source that failed or ran out of time: it is noted, and never changes a verdict. */
    public record Failure(String source, String reason) {
    }
}
