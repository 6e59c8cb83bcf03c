package io.crosscheck.junit;

import io.crosscheck.steps.testkit.StepTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

/** Steps report as tests: passed, failed with expected vs actual, skipped after a failure; teardown still runs. */
class ExecutionTest {
    @TempDir
    Path dir;

    private EngineExecutionResults run() {
        return EngineTestKit.engine(Ids.ENGINE).selectors(selectDirectory(dir.toFile())).execute();
    }

    @Test
    void passingStepsAreSuccessfulTests() {
        StepTestKit.in(dir).file("ok.yaml", """
                scenario: Everything holds
                vars: { n: 3 }
                steps:
                  - assert: [ "n * 2 == 6" ]
                  - wait: { for: 5ms }
                    expect: { waitedMs: 5 }
                """);
        EngineExecutionResults results = run();
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0).skipped(0));
        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(displayName("ok.yaml › Everything holds")), finishedSuccessfully()))
                .haveExactly(1, event(container(displayName("ok.yaml")), finishedSuccessfully()));
    }

    @Test
    void aFailedCheckIsAnAssertionFailedErrorWithExpectedAndActualAndLaterStepsAreSkipped() {
        StepTestKit.in(dir).file("fails.yaml", """
                scenario: A pause of the wrong length
                steps:
                  - wait: { for: 5ms }
                    expect: { waitedMs: 7 }
                  - assert: [ "true" ]
                teardown:
                  - name: clean up
                    assert: [ "true" ]
                """);
        EngineExecutionResults results = run();
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1).skipped(1));
        Event failed = results.testEvents().failed().list().get(0);
        Throwable error = failed.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertThat(error).isInstanceOf(AssertionFailedError.class)
                .hasMessage(dir.resolve("fails.yaml").toAbsolutePath() + ":3:5: waitedMs: expected 7, was 5");
        AssertionFailedError assertion = (AssertionFailedError) error;
        assertThat(assertion.getExpected().getValue()).isEqualTo(7L);
        assertThat(assertion.getActual().getValue()).isEqualTo(5L);
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(displayName("fails.yaml › A pause of the wrong length › assert true")), skippedWithReason("not run: an earlier step failed")))
                .haveExactly(1, event(test(displayName("fails.yaml › A pause of the wrong length › teardown: clean up")), finishedSuccessfully()));
    }

    @Test
    void aFailureInsideAFragmentPointsAtTheFragmentFilesLine() {
        StepTestKit.in(dir).file("fragments/check.yaml", """
                fragment: Check the amount
                params: { amount: null }
                steps:
                  - assert: [ "amount > 0" ]
                  - wait: { for: 5ms }
                    expect: { waitedMs: 7 }
                """).file("uses.yaml", """
                scenario: Uses a fragment
                steps:
                  - use: fragments/check.yaml
                    with: { amount: 3 }
                """);
        EngineExecutionResults results = run();
        // the use step, and under it the fragment's two steps, each a test of its own
        results.testEvents().assertStatistics(s -> s.dynamicallyRegistered(2).started(3).succeeded(1).failed(2));
        for (var failed : results.testEvents().failed().list()) {
            Throwable error = failed.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                    .getThrowable().orElseThrow();
            assertThat(error).isInstanceOf(AssertionFailedError.class).hasMessageContaining("waitedMs: expected 7, was 5");
        }
        results.testEvents().assertThatEvents().haveExactly(1,
                event(test(displayName("uses.yaml › Uses a fragment › use fragments/check.yaml")), finishedWithFailure()))
                .haveExactly(1, event(test(displayName("uses.yaml › Uses a fragment › use fragments/check.yaml › assert amount > 0")),
                        finishedSuccessfully()))
                .haveExactly(1, event(test(displayName("uses.yaml › Uses a fragment › use fragments/check.yaml › wait for 5ms")),
                        finishedWithFailure()));
        var inner = results.testEvents().failed().list().stream().map(e -> e.getTestDescriptor())
                .filter(d -> d.getDisplayName().endsWith("wait for 5ms")).findFirst().orElseThrow();
        assertThat(inner.getSource()).get().asString().contains("check.yaml").contains("line = 5");
    }

    @Test
    void severalFailedLinesOfOneAssertAreReportedTogether() {
        StepTestKit.in(dir).file("lines.yaml", """
                scenario: Two wrong lines
                vars: { a: 1, b: 2 }
                steps:
                  - assert:
                      - a == 2
                      - b == 2
                      - a + b == 4
                """);
        Event failed = run().testEvents().failed().list().get(0);
        Throwable error = failed.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertThat(error).isInstanceOf(MultipleFailuresError.class);
        assertThat(((MultipleFailuresError) error).getFailures()).hasSize(2)
                .allSatisfy(f -> assertThat(f).isInstanceOf(AssertionFailedError.class))
                .anySatisfy(f -> assertThat(f.getMessage()).contains("a == 2").contains("a was 1"));
    }

    @Test
    void aScenarioThatCannotStartFailsItsContainerAndItsStepIsAborted() {
        StepTestKit.in(dir).file("broken-vars.yaml", """
                scenario: Vars that cannot be computed
                vars:
                  total: ${missing + 1}
                steps:
                  - assert: [ "total > 0" ]
                """);
        EngineExecutionResults results = run();
        results.testEvents().assertStatistics(s -> s.started(1).aborted(1).succeeded(0).failed(0));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(displayName("broken-vars.yaml › Vars that cannot be computed")),
                finishedWithFailure(instanceOf(ScenarioError.class), message(m -> m.contains("vars:") && m.contains("missing")))));
    }

    @Test
    void aBadFileFailsAsInvalidInputAndTheOtherFilesStillRun() {
        StepTestKit.in(dir)
                .file("bad.yaml", """
                        scenario: Misspelt
                        steps:
                          - asert: [ "true" ]
                        """)
                .file("good.yaml", """
                        scenario: Fine
                        steps:
                          - assert: [ "true" ]
                        """);
        EngineExecutionResults results = run();
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(displayName("bad.yaml › invalid input")), finishedWithFailure(instanceOf(ScenarioError.class),
                        message(m -> m.contains("bad.yaml:3:5: error: unknown verb or key 'asert' (did you mean 'assert'?)")))))
                .haveExactly(1, event(test(displayName("good.yaml › Fine › assert true")), finishedSuccessfully()));
    }

    @Test
    void exampleRowsRunAsSeparateContainers() {
        StepTestKit.in(dir).file("rows.yaml", """
                scenario: Doubling
                examples:
                  - { n: 1, doubled: 2 }
                  - { n: 2, doubled: 5 }
                steps:
                  - assert: [ "n * 2 == doubled" ]
                """);
        EngineExecutionResults results = run();
        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        List<String> rows = results.containerEvents().finished().list().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()).toList();
        assertThat(rows).contains("rows.yaml › Doubling [1: n=1, doubled=2]", "rows.yaml › Doubling [2: n=2, doubled=5]",
                "rows.yaml › Doubling", "rows.yaml");
        assertThat(results.allEvents().list()).noneMatch(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED);
        results.allEvents().assertThatEvents().doNotHave(event(abortedWithReason()));
    }

    @Test
    void aStepWhoseIfIsFalseIsAbortedAndTheNextStillRuns() {
        StepTestKit.in(dir).file("if.yaml", """
                scenario: Only for premium
                vars: { plan: basic }
                steps:
                  - name: premium only
                    if: plan == 'premium'
                    assert: [ "false" ]
                  - assert: [ "plan == 'basic'" ]
                """);
        EngineExecutionResults results = run();
        results.testEvents().assertStatistics(s -> s.started(2).aborted(1).succeeded(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test(displayName("if.yaml › Only for premium › premium only")),
                abortedWithReason(message("skipped: its if: is false"))));
    }

    @Test
    void stepsAreTimedFromTheEndOfTheStepBefore() {
        StepTestKit.in(dir).file("timed.yaml", """
                scenario: Two pauses
                steps:
                  - wait: { for: 300ms }
                  - wait: { for: 200ms }
                """);
        List<Event> events = run().testEvents().list();
        java.time.Duration first = java.time.Duration.between(events.get(0).getTimestamp(), events.get(1).getTimestamp());
        java.time.Duration second = java.time.Duration.between(events.get(2).getTimestamp(), events.get(3).getTimestamp());
        assertThat(first).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(300));
        assertThat(second).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(200));
    }
}
