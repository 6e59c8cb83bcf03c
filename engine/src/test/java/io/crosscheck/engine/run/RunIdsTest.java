package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.model.ScenarioRun;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every scenario run, example row and step has an id in the plan, carried by its results and by every event. */
class RunIdsTest {
    @TempDir
    Path dir;

    private static final String ROWS = """
            scenario: Same row twice
            examples:
              - { n: 1 }
              - { n: 1 }
              - { n: 2 }
            setup:
              - assert: [ "true" ]
            steps:
              - assert: [ "n == 1" ]
              - wait: { for: 50ms }
            """;

    @Test
    void identicalExampleRowsAreToldApartByTheirIds() throws Exception {
        Files.writeString(dir.resolve("rows.yaml"), ROWS);
        List<String> started = new CopyOnWriteArrayList<>();
        Map<String, List<String>> steps = new ConcurrentHashMap<>();
        Map<String, Status> finished = new ConcurrentHashMap<>();
        RunListener listener = new RunListener() {
            @Override
            public void scenarioStarted(String id, String displayName, Position position) {
                started.add(id + " " + displayName);
            }

            @Override
            public void stepFinished(String scenarioId, StepRecord step) {
                steps.computeIfAbsent(scenarioId, k -> new CopyOnWriteArrayList<>()).add(step.id());
            }

            @Override
            public void scenarioFinished(ScenarioResult result) {
                finished.put(result.id(), result.status());
            }
        };
        RunResult result = Crosscheck.run(RunOptions.of(dir).parallel(3), listener);

        assertThat(started).containsExactlyInAnyOrder("rows.yaml:1#1 Same row twice [n=1]",
                "rows.yaml:1#2 Same row twice [n=1]", "rows.yaml:1#3 Same row twice [n=2]");
        assertThat(steps).containsOnlyKeys("rows.yaml:1#1", "rows.yaml:1#2", "rows.yaml:1#3")
                .allSatisfy((run, ids) -> assertThat(ids).containsExactly(run + "/setup-1", run + "/step-1", run + "/step-2"));
        assertThat(finished).containsExactlyInAnyOrderEntriesOf(
                Map.of("rows.yaml:1#1", Status.PASSED, "rows.yaml:1#2", Status.PASSED, "rows.yaml:1#3", Status.FAILED));
        assertThat(result.scenarios()).extracting(ScenarioResult::id)
                .containsExactly("rows.yaml:1#1", "rows.yaml:1#2", "rows.yaml:1#3");
        assertThat(result.scenarios().get(1).steps()).extracting(StepRecord::id)
                .containsExactly("rows.yaml:1#2/setup-1", "rows.yaml:1#2/step-1", "rows.yaml:1#2/step-2");
    }

    @Test
    void aRunKeepsItsIdWhenTheOthersAreLeftOut() throws Exception {
        Files.writeString(dir.resolve("rows.yaml"), ROWS);
        Crosscheck prepared = Crosscheck.prepare(RunOptions.of(dir));
        assertThat(prepared.plan().runs()).extracting(ScenarioRun::id)
                .containsExactly("rows.yaml:1#1", "rows.yaml:1#2", "rows.yaml:1#3");

        RunResult result = prepared.only(List.of("rows.yaml:1#2")).run();

        assertThat(result.scenarios()).extracting(ScenarioResult::id, ScenarioResult::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rows.yaml:1#2", "Same row twice [n=1]"));
    }

    @Test
    void theStepsOfAFragmentAreNumberedUnderTheirUseStep() throws Exception {
        Files.writeString(dir.resolve("login.yaml"), """
                fragment: Log in
                params: { user: alice }
                steps:
                  - assert: [ "user == 'alice'" ]
                  - assert: [ "true" ]
                """);
        Files.writeString(dir.resolve("a.yaml"), """
                scenario: Uses a fragment
                steps:
                  - use: login.yaml
                """);
        List<String> events = new CopyOnWriteArrayList<>();
        RunResult result = Crosscheck.run(RunOptions.of(dir), new RunListener() {
            @Override
            public void stepFinished(String scenarioId, StepRecord step) {
                events.add(step.id());
            }
        });

        StepRecord use = result.scenarios().get(0).steps().get(0);
        assertThat(events).containsExactly("a.yaml:1/step-1");
        assertThat(use.steps()).extracting(StepRecord::id).containsExactly("a.yaml:1/step-1/1", "a.yaml:1/step-1/2");
    }
}
