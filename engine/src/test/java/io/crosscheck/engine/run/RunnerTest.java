package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.Phase;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner with the engine's own verbs (assert, wait for): scope, examples, phases, if, timeout, secrets. */
class RunnerTest {
    @TempDir
    Path dir;

    private RunResult run(String yaml, RunOptions options) throws IOException {
        Files.writeString(dir.resolve("s.yaml"), yaml);
        return Crosscheck.run(options);
    }

    private RunResult run(String yaml) throws IOException {
        return run(yaml, RunOptions.of(dir).systemEnvironment(Map.of("TOKEN", "s3cr3t-value")));
    }

    @Test
    void varsAreEvaluatedInOrderAndKeepTheirTypes() throws IOException {
        var r = run("""
                scenario: vars
                vars:
                  n: ${20 + 1}
                  twice: ${n * 2}
                  text: id-${n}
                steps:
                  - assert:
                      - twice == 42
                      - text == 'id-21'
                      - vars.n == 21
                """);
        assertThat(r.scenarios()).singleElement().extracting(ScenarioResult::status).isEqualTo(Status.PASSED);
        assertThat(r.scenarios().get(0).steps().get(0).checks()).hasSize(3).allMatch(c -> c.passed());
    }

    @Test
    void examplesRunOnceEachWithTheirLabel() throws IOException {
        var r = run("""
                scenario: plans
                steps:
                  - assert: [ "price > 0" ]
                examples:
                  - { plan: basic, price: 10 }
                  - { plan: premium, price: 0 }
                """);
        assertThat(r.scenarios()).extracting(ScenarioResult::displayName, ScenarioResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("plans [plan=basic, price=10]", Status.PASSED),
                org.assertj.core.groups.Tuple.tuple("plans [plan=premium, price=0]", Status.FAILED));
    }

    @Test
    void csvExamplesAreReadBesideTheScenario() throws IOException {
        Files.writeString(dir.resolve("plans.csv"), "plan,price\nbasic,10\npremium,20\n");
        var r = run("""
                scenario: csv
                steps:
                  - assert: [ "price == 10 || price == 20" ]
                examples: { csv: plans.csv }
                """);
        assertThat(r.scenarios()).hasSize(2).allMatch(s -> s.status() == Status.PASSED);
    }

    @Test
    void firstFailureStopsTheStepsButTeardownAlwaysRuns() throws IOException {
        var r = run("""
                scenario: stop
                steps:
                  - assert: [ 1 == 2 ]
                  - assert: [ 1 == 1 ]
                teardown:
                  - assert: [ 1 == 1 ]
                """);
        ScenarioResult s = r.scenarios().get(0);
        assertThat(s.status()).isEqualTo(Status.FAILED);
        assertThat(s.steps()).extracting(StepRecord::phase, StepRecord::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Phase.STEP, Status.FAILED),
                org.assertj.core.groups.Tuple.tuple(Phase.STEP, Status.SKIPPED),
                org.assertj.core.groups.Tuple.tuple(Phase.TEARDOWN, Status.PASSED));
        assertThat(s.message()).contains("1 == 2");
    }

    @Test
    void aFailingSetupMarksTheScenarioError() throws IOException {
        var r = run("""
                scenario: setup
                setup:
                  - assert: [ false ]
                steps:
                  - assert: [ true ]
                """);
        assertThat(r.scenarios().get(0).status()).isEqualTo(Status.ERROR);
    }

    @Test
    void ifFalseSkipsTheStep() throws IOException {
        var r = run("""
                scenario: if
                vars: { on: false }
                steps:
                  - assert: [ false ]
                    if: on
                  - assert: [ true ]
                """);
        assertThat(r.scenarios().get(0).status()).isEqualTo(Status.PASSED);
        assertThat(r.scenarios().get(0).steps().get(0).status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void aHungStepIsCutAtItsTimeoutAndTheRunGoesOn() throws IOException {
        Files.writeString(dir.resolve("t.yaml"), "scenario: after\nsteps:\n  - assert: [ true ]\n");
        long start = System.nanoTime();
        var r = run("""
                scenario: hang
                steps:
                  - wait: { for: 60s }
                    timeout: 1s
                """);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).isLessThan(10_000);
        ScenarioResult hang = r.scenarios().stream().filter(s -> s.name().equals("hang")).findFirst().orElseThrow();
        assertThat(hang.status()).isEqualTo(Status.ERROR);
        assertThat(hang.steps().get(0).error()).isEqualTo("timed out after 1s");
        assertThat(r.scenarios()).anyMatch(s -> s.name().equals("after") && s.status() == Status.PASSED);
    }

    @Test
    void secretsAreMaskedEverywhereInTheResult() throws IOException {
        var r = run("""
                scenario: secret
                vars:
                  token: ${secret('TOKEN')}
                steps:
                  - name: uses ${token}
                    assert: [ "token == 'wrong'" ]
                """);
        String everything = r.toString();
        assertThat(everything).doesNotContain("s3cr3t-value").contains("****");
    }

    @Test
    void tagsSelectScenarios() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "scenario: a\ntags: [fast]\nsteps:\n  - assert: [ true ]\n");
        Files.writeString(dir.resolve("b.yaml"), "scenario: b\ntags: [slow]\nsteps:\n  - assert: [ true ]\n");
        var r = Crosscheck.run(RunOptions.of(dir).tags(java.util.List.of("!slow")));
        assertThat(r.scenarios()).extracting(ScenarioResult::name).containsExactly("a");
    }

    @Test
    void parallelRunsKeepThePlanOrder() throws IOException {
        for (int i = 0; i < 6; i++) {
            Files.writeString(dir.resolve("p" + i + ".yaml"), "scenario: p" + i + "\nsteps:\n  - wait: { for: 200ms }\n");
        }
        var running = new java.util.concurrent.atomic.AtomicInteger();
        var most = new java.util.concurrent.atomic.AtomicInteger();
        var counter = new io.crosscheck.engine.spi.report.RunListener() {
            @Override
            public void scenarioStarted(String id, String name, io.crosscheck.engine.result.Position at) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
            }

            @Override
            public void scenarioFinished(ScenarioResult result) {
                running.decrementAndGet();
            }
        };
        var r = Crosscheck.run(RunOptions.of(dir).parallel(3), counter);
        assertThat(r.scenarios()).extracting(ScenarioResult::name).containsExactly("p0", "p1", "p2", "p3", "p4", "p5");
        assertThat(most.get()).isGreaterThan(1).isLessThanOrEqualTo(3);
    }

    @Test
    void shardsCoverEveryScenarioExactlyOnce() throws IOException {
        for (int i = 0; i < 7; i++) {
            Files.writeString(dir.resolve("s" + i + ".yaml"), "scenario: s" + i + "\nsteps:\n  - assert: [ true ]\n");
        }
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int shard = 1; shard <= 3; shard++) {
            Crosscheck.run(RunOptions.of(dir).shard(shard, 3)).scenarios().forEach(s -> seen.add(s.name()));
        }
        assertThat(seen).containsExactlyInAnyOrder("s0", "s1", "s2", "s3", "s4", "s5", "s6");
    }
}
