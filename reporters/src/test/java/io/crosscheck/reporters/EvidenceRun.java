package io.crosscheck.reporters;

import io.crosscheck.engine.result.Evidence;
import io.crosscheck.engine.result.EvidenceLine;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import java.time.Instant;
import java.util.List;

/** A failed scenario with evidence from three sources, one of which did not answer, and markup from a system. */
final class EvidenceRun {
    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final Instant T = Instant.parse("2025-03-01T10:00:01Z");
    static final EvidenceLine CULPRIT = new EvidenceLine("service logs", T.plusSeconds(1), "billing", "ERROR",
            "no tariff for plan " + SampleRun.IMG);

    private EvidenceRun() {
    }

    static ScenarioResult failed() {
        List<EvidenceLine> lines = List.of(
                new EvidenceLine("app-logs topic", T, "gateway", "INFO", "POST /bills"),
                CULPRIT,
                new EvidenceLine("app-logs topic", T.plusSeconds(2), "gateway", "ERROR", "billing answered 500"));
        Evidence e = new Evidence(lines, CULPRIT, List.of(new Evidence.Failure("billing audit",
                "connection refused: 127.0.0.1:1")), TRACE);
        return SampleRun.billing("premium", Status.FAILED).withEvidence(e);
    }
}
