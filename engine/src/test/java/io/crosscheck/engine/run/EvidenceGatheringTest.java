package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.model.EvidenceMode;
import io.crosscheck.engine.result.Evidence;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a failed scenario every evidence source is read in the scenario's scope and merged into its timeline (spec
 * §8); a passed one reads nothing unless --evidence always. The kind "rows" is the tests' plugin.
 */
class EvidenceGatheringTest {
    @TempDir
    Path dir;

    @BeforeEach
    void config() throws Exception {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                evidence:
                  - name: logs
                    rows:
                      rows:
                        - { ts: "2026-03-01T10:00:02Z", svc: billing, lvl: ERROR, msg: "no tariff for ${trace.id}" }
                        - { ts: "2026-03-01T10:00:01Z", svc: gateway, lvl: INFO, msg: "GET /bill" }
                    fields: { time: ts, service: svc, level: lvl, message: msg }
                  - name: audit
                    rows: { rows: [ { at: 1772359200000, what: "opened" } ] }
                    fields: { time: at, service: "'audit'", message: what }
                """);
    }

    private ScenarioResult run(String assertion, EvidenceMode mode) throws Exception {
        Files.writeString(dir.resolve("s.yaml"), "scenario: s\nsteps:\n  - assert: [ \"" + assertion + "\" ]\n");
        return Crosscheck.run(RunOptions.of(dir).evidence(mode)).scenarios().get(0);
    }

    @Test
    void aFailedScenarioGetsOneTimelineOfAllSourcesWithTheFirstErrorAsCulprit() throws Exception {
        ScenarioResult s = run("1 == 2", EvidenceMode.ON_FAILURE);
        assertThat(s.status()).isEqualTo(Status.FAILED);
        Evidence e = s.evidence();
        assertThat(e.lines()).extracting(l -> l.source() + " " + l.time() + " " + l.service() + " " + l.level())
                .containsExactly("audit 2026-03-01T10:00:00Z audit ", "logs 2026-03-01T10:00:01Z gateway INFO",
                        "logs 2026-03-01T10:00:02Z billing ERROR");
        assertThat(e.culprit().service()).isEqualTo("billing");
        assertThat(e.culprit().message()).matches("no tariff for [0-9a-f]{32}");
        assertThat(e.failures()).isEmpty();
    }

    @Test
    void aPassedScenarioReadsNothingUnlessAlways() throws Exception {
        int before = RowsEvidenceSource.reads.get();
        assertThat(run("1 == 1", EvidenceMode.ON_FAILURE).evidence()).isEqualTo(Evidence.NONE);
        assertThat(RowsEvidenceSource.reads.get()).isEqualTo(before);
        ScenarioResult always = run("1 == 1", EvidenceMode.ALWAYS);
        assertThat(always.status()).isEqualTo(Status.PASSED);
        assertThat(always.evidence().lines()).hasSize(3);
        assertThat(run("1 == 2", EvidenceMode.NEVER).evidence()).isEqualTo(Evidence.NONE);
    }

    @Test
    void aSourceThatFailsOrTakesTooLongIsNotedAndChangesNoVerdict() throws Exception {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                evidence:
                  - name: slow
                    rows: { sleep: 10s }
                    fields: { time: ts, message: msg }
                    timeout: 300ms
                  - name: broken
                    rows: { fail: "index logs is closed" }
                    fields: { time: ts, message: msg }
                  - name: half
                    rows: { rows: [ { ts: 1, msg: a, level: ERROR }, { ts: 2, msg: b } ] }
                    fields: { time: ts, level: level, message: msg }
                """);
        long start = System.nanoTime();
        ScenarioResult s = run("1 == 2", EvidenceMode.ON_FAILURE);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(s.status()).isEqualTo(Status.FAILED);
        assertThat(s.evidence().failures()).extracting(f -> f.source() + ": " + f.reason()).containsExactly(
                "slow: no answer within 300ms", "broken: index logs is closed",
                "half: fields.level: undefined variable 'level' (in: level)");
        assertThat(s.evidence().lines()).extracting(l -> l.message()).containsExactly("a", "b");
        assertThat(s.evidence().culprit().message()).isEqualTo("a");
    }

    @Test
    void theLimitBoundsTheLinesOfASource() throws Exception {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                evidence:
                  - name: many
                    rows: { rows: [ { ts: 3, m: c }, { ts: 1, m: a }, { ts: 2, m: b } ] }
                    fields: { time: ts, message: m }
                    limit: 2
                """);
        assertThat(run("1 == 2", EvidenceMode.ON_FAILURE).evidence().lines()).extracting(l -> l.message())
                .containsExactly("a", "c");
    }
}
