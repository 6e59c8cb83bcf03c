package io.crosscheck.engine.run;

import io.crosscheck.engine.model.EvidenceMode;
import io.crosscheck.engine.model.EvidenceSpec;
import io.crosscheck.engine.result.Status;
import java.util.List;

/** The run's evidence sources and when they are read ({@code --evidence}). */
public record EvidencePolicy(List<EvidenceSpec> sources, EvidenceMode mode) {
    public static final EvidencePolicy NONE = new EvidencePolicy(List.of(), EvidenceMode.NEVER);

    public EvidencePolicy {
        sources = List.copyOf(sources);
    }

    /** Whether a scenario that ended with {@code status} gets its evidence read: a passed one only when always. */
    boolean wanted(Status status) {
        if (sources.isEmpty()) return false;
        return switch (mode) {
            case NEVER -> false;
            case ALWAYS -> true;
            case ON_FAILURE -> status == Status.FAILED || status == Status.ERROR;
        };
    }
}
