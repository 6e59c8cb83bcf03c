package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A verdict is never wrong: errors inside a step are ERROR, a stopped scenario is never PASSED, checks keep the deadline. */
class VerdictTest {
    /** Java's regex recurses once per repetition of a group with alternatives: this overflows any default stack. */
    private static final String DEEP_TEXT = "ab".repeat(100_000);

    @TempDir
    Path dir;

    private RunResult run(String yaml) throws IOException {
        Files.writeString(dir.resolve("s.yaml"), yaml);
        return Crosscheck.run(RunOptions.of(dir));
    }

    @Test
    void aStackOverflowInAnAssertIsAnErrorAndTheRunFails() throws IOException {
        RunResult r = run("""
                scenario: deep regex in assert
                vars: { text: %s }
                steps:
                  - assert: [ "text =~ '(a|b)*'" ]
                  - wait: { for: 1ms }
                """.formatted(DEEP_TEXT));
        ScenarioResult s = r.scenarios().get(0);
        assertThat(s.status()).isEqualTo(Status.ERROR);
        assertThat(s.steps().get(0).status()).as(s.steps().get(0).error()).isEqualTo(Status.ERROR);
        assertThat(s.steps().get(0).error()).contains("stack overflow");
        assertThat(s.steps().get(1).status()).isEqualTo(Status.SKIPPED);
        assertThat(r.passed()).isFalse();
    }

    @Test
    void aStackOverflowInAnExpectRegexIsAnErrorAndTheRunFails() throws IOException {
        RunResult r = run("""
                scenario: deep regex in expect
                vars: { text: %s }
                steps:
                  - wait: { for: 1ms }
                    expect:
                      that: [ "text =~ '(a|b)*'" ]
                """.formatted(DEEP_TEXT));
        StepRecord step = r.scenarios().get(0).steps().get(0);
        assertThat(step.status()).as(step.error() + step.checks()).isEqualTo(Status.ERROR);
        assertThat(step.error()).contains("stack overflow");
        assertThat(r.scenarios().get(0).status()).isEqualTo(Status.ERROR);
        assertThat(r.passed()).isFalse();
    }

    @Test
    @Timeout(30)
    void aBacktrackingRegexInExpectIsCutAtTheStepTimeout() throws Exception {
        long start = System.nanoTime();
        RunResult r = run("""
                scenario: catastrophic backtracking
                vars: { text: "%sb" }
                steps:
                  - wait: { for: 1ms }
                    timeout: 1s
                    expect:
                      text: { matches: '(.*a){20}$' }
                """.formatted("a".repeat(60)));
        StepRecord step = r.scenarios().get(0).steps().get(0);
        assertThat(step.status()).as(step.error() + step.checks()).isEqualTo(Status.ERROR);
        assertThat(step.error()).isEqualTo("timed out after 1s");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
        assertThat(stepThreadsBusy()).as("the abandoned match stopped").isFalse();
    }

    @Test
    @Timeout(30)
    void aScenarioStoppedMidStepIsAnErrorAndItsLaterStepsSayWhy() throws Exception {
        Files.writeString(dir.resolve("s.yaml"), """
                scenario: long wait
                steps:
                  - wait: { for: 1ms }
                  - wait: { for: 20s }
                  - assert: [ "1 == 1" ]
                """);
        Crosscheck crosscheck = Crosscheck.prepare(RunOptions.of(dir));
        CompletableFuture<RunResult> running = CompletableFuture.supplyAsync(crosscheck::run);
        Thread.sleep(500);
        crosscheck.cancel();
        RunResult r = running.get(10, TimeUnit.SECONDS);
        ScenarioResult s = r.scenarios().get(0);
        assertThat(r.interrupted()).isTrue();
        assertThat(r.passed()).isFalse();
        assertThat(s.status()).isEqualTo(Status.ERROR);
        assertThat(s.message()).contains("interrupted");
        assertThat(s.steps()).extracting(StepRecord::status).containsExactly(Status.PASSED, Status.ERROR, Status.SKIPPED);
        assertThat(s.steps().get(1).error()).isEqualTo("interrupted");
        assertThat(s.steps().get(2).error()).isEqualTo("not run: the run was interrupted");
    }

    @Test
    void aRegexInAnAssertStillMatchesTheWholeText() throws IOException {
        RunResult r = run("""
                scenario: whole-text match
                steps:
                  - assert: [ "'abc' =~ 'a.c'", "!('abc' =~ 'b')", "'abc' =~ ['abc', 'x']" ]
                """);
        assertThat(r.scenarios().get(0).steps().get(0).checks()).hasSize(3).allMatch(c -> c.passed());
    }

    private static boolean stepThreadsBusy() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            boolean busy = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("crosscheck-step") && t.getState() == Thread.State.RUNNABLE);
            if (!busy) return false;
            Thread.sleep(100);
        }
        return true;
    }
}
