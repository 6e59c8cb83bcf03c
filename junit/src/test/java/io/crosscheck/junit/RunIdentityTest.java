package io.crosscheck.junit;

import io.crosscheck.steps.testkit.StepTestKit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.launcher.TagFilter.includeTags;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

/**
 * Each scenario run and step is its own descriptor, found by its id in the plan (file and line, row number, phase and
 * number), never by its name: identical rows are both reported, a failed row fails its container, and every container that starts finishes.
 */
class RunIdentityTest {
    @TempDir
    Path dir;

    private EngineExecutionResults run(String... parameters) {
        EngineTestKit.Builder kit = EngineTestKit.engine(Ids.ENGINE).selectors(selectDirectory(dir.toFile()));
        for (int i = 0; i < parameters.length; i += 2) kit.configurationParameter(parameters[i], parameters[i + 1]);
        return kit.execute();
    }

    @Test
    void identicalExampleRowsAreBothReportedAndEveryContainerFinishes() {
        StepTestKit.in(dir).file("twice.yaml", """
                scenario: The same row twice
                examples:
                  - { n: 1 }
                  - { n: 1 }
                steps:
                  - assert: [ "n == 1" ]
                  - wait: { for: 1ms }
                """);
        EngineExecutionResults results = run("crosscheck.parallel", "2");

        results.testEvents().assertStatistics(s -> s.started(4).succeeded(4).failed(0).skipped(0));
        List<TestDescriptor> rows = results.containerEvents().finished().list().stream().map(Event::getTestDescriptor)
                .filter(ExampleDescriptor.class::isInstance).toList();
        assertThat(rows).extracting(TestDescriptor::getDisplayName).containsExactlyInAnyOrder(
                "twice.yaml › The same row twice [1: n=1]", "twice.yaml › The same row twice [2: n=1]");
        assertThat(rows).extracting(d -> d.getUniqueId().getLastSegment().getValue()).containsExactlyInAnyOrder("1", "2");
        List<String> steps = results.testEvents().finished().list().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()).toList();
        assertThat(steps).doesNotHaveDuplicates().hasSize(4);
        assertWellNested(results);
        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(displayName("twice.yaml › The same row twice")), finishedSuccessfully()))
                .haveExactly(1, event(container(displayName("twice.yaml")), finishedSuccessfully()));
    }

    @Test
    void theSecondOfTwoIdenticalRowsSelectedAloneRunsUnderItsOwnDescriptorAfterTheRunSetup() {
        StepTestKit.in(dir).file("crosscheck.yaml", """
                setup:
                  - assert: [ "true" ]
                """).file("twice.yaml", """
                scenario: The same row twice
                examples:
                  - { n: 1 }
                  - { n: 1 }
                steps:
                  - assert: [ "n == 1" ]
                """);
        UniqueId second = UniqueId.forEngine(Ids.ENGINE)
                .append(Ids.FILE, dir.resolve("twice.yaml").toAbsolutePath().normalize().toString())
                .append(Ids.SCENARIO, "1").append(Ids.EXAMPLE, "2");
        EngineExecutionResults results = EngineTestKit.engine(Ids.ENGINE)
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId(second)).execute();

        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0).skipped(0));
        assertThat(results.testEvents().finished().list()).extracting(e -> e.getTestDescriptor().getUniqueId())
                .containsExactly(second.append(Ids.STEP, "step-1"));
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(displayName(
                "twice.yaml › The same row twice [2: n=1]")), finishedSuccessfully()));
        assertWellNested(results);
    }

    @Test
    void aFailedExampleRowFailsItsContainerAndTheOtherRowPasses() {
        StepTestKit.in(dir).file("rows.yaml", """
                scenario: Doubling
                examples:
                  - { n: 1, doubled: 2 }
                  - { n: 2, doubled: 5 }
                steps:
                  - assert: [ "n * 2 == doubled" ]
                """);
        EngineExecutionResults results = run();

        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(displayName("rows.yaml › Doubling [1: n=1, doubled=2]")), finishedSuccessfully()))
                .haveExactly(1, event(container(displayName("rows.yaml › Doubling [2: n=2, doubled=5]")),
                        finishedWithFailure(instanceOf(AssertionFailedError.class),
                                message(m -> m.startsWith(dir.resolve("rows.yaml") + ":1:1: assert n * 2 == doubled:")))))
                .haveExactly(1, event(engine(), finishedSuccessfully()));
        assertWellNested(results);
    }

    @Test
    void failuresShowTheirMessageWithoutTheEnginesStackFrames() {
        StepTestKit.in(dir).file("lines.yaml", """
                scenario: Two wrong lines
                vars: { a: 1 }
                steps:
                  - assert: [ "a == 2", "a == 3" ]
                ---
                scenario: One wrong line
                steps:
                  - assert: [ "1 == 2" ]
                """);
        List<Throwable> failures = run().allEvents().failed().list().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()).toList();
        assertThat(failures).hasSize(4).anyMatch(MultipleFailuresError.class::isInstance);
        List<Throwable> all = new ArrayList<>(failures);
        failures.stream().filter(MultipleFailuresError.class::isInstance)
                .forEach(f -> all.addAll(((MultipleFailuresError) f).getFailures()));
        assertThat(all).allSatisfy(f -> assertThat(f.getStackTrace()).isEmpty());
    }

    @Test
    void surefiresMethodPatternSelectsScenariosAndRows() {
        StepTestKit.in(dir).file("billing.yaml", """
                scenario: A plan is billed at its price
                examples:
                  - { plan: basic }
                  - { plan: premium }
                steps:
                  - assert: [ "size(plan) > 0" ]
                ---
                scenario: The service is up
                steps:
                  - assert: [ "true" ]
                """);
        assertThat(runNames("test", "ScenariosTest#*billed*")).containsExactly(
                "billing.yaml › A plan is billed at its price [1: plan=basic]",
                "billing.yaml › A plan is billed at its price [2: plan=premium]");
        assertThat(runNames("test", "ScenariosTest#*[2: plan=premium]+The service*")).containsExactly(
                "billing.yaml › A plan is billed at its price [2: plan=premium]", "billing.yaml › The service is up");
        assertThat(runNames("test", "ScenariosTest#%regex[The .* up]")).containsExactly("billing.yaml › The service is up");
        assertThat(runNames("test", "ScenariosTest, OtherTest#nothing")).hasSize(3);
    }

    private List<String> runNames(String... parameters) {
        EngineExecutionResults results = run(parameters);
        assertWellNested(results);
        return results.containerEvents().finished().list().stream().map(Event::getTestDescriptor)
                .filter(d -> d instanceof ExampleDescriptor || d instanceof ScenarioDescriptor && d.getChildren().stream()
                        .noneMatch(ExampleDescriptor.class::isInstance))
                .map(TestDescriptor::getDisplayName).toList();
    }

    @Test
    void aBrokenFileFailsTheRunWhenATagFilterLeavesItsTestOut() {
        StepTestKit.in(dir)
                .file("bad.yaml", """
                        scenario: Misspelt
                        tags: [smoke]
                        steps:
                          - asert: [ "true" ]
                        """)
                .file("good.yaml", """
                        scenario: Fine
                        tags: [smoke]
                        steps:
                          - assert: [ "true" ]
                        """);
        EngineExecutionResults results = EngineTestKit.engine(Ids.ENGINE).selectors(selectDirectory(dir.toFile()))
                .filters(includeTags("smoke")).execute();

        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
        results.containerEvents().assertThatEvents().haveExactly(1, event(engine(), finishedWithFailure(
                instanceOf(ScenarioError.class), message(m -> m.contains("bad.yaml:4:5: error: unknown verb or key 'asert'")))));
        assertWellNested(results);
    }

    /** The listener contract: started once, then finished once; skipped only if never started; parents first. */
    static void assertWellNested(EngineExecutionResults results) {
        Set<UniqueId> started = new HashSet<>();
        Set<UniqueId> ended = new HashSet<>();
        for (Event e : results.allEvents().list()) {
            UniqueId id = e.getTestDescriptor().getUniqueId();
            UniqueId parent = id.getSegments().size() > 1 ? id.removeLastSegment() : null;
            if (e.getType() == EventType.STARTED || e.getType() == EventType.SKIPPED) {
                assertThat(parent == null || started.contains(parent) && !ended.contains(parent))
                        .as("the parent of %s is running", id).isTrue();
            }
            if (e.getType() == EventType.STARTED) assertThat(started.add(id)).as("%s starts once", id).isTrue();
            if (e.getType() == EventType.FINISHED) {
                assertThat(started).as("%s finishes after it started", id).contains(id);
                assertThat(ended.add(id)).as("%s finishes once", id).isTrue();
            }
            if (e.getType() == EventType.SKIPPED) assertThat(started).doesNotContain(id);
        }
        assertThat(ended).as("every started descriptor finished").containsAll(started);
    }
}
