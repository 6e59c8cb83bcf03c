package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.RunListener;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.Status;
import io.crosscheck.engine.spi.StepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every event of a scenario run carries the run's index, so identical example rows stay apart. */
class RunIndexTest {
    @TempDir
    Path dir;

    @Test
    void identicalExampleRowsAreToldApartByTheirRunIndex() throws Exception {
        Files.writeString(dir.resolve("rows.yaml"), """
                scenario: Same row twice
                examples:
                  - { n: 1 }
                  - { n: 1 }
                  - { n: 2 }
                steps:
                  - assert: [ "n == 1" ]
                  - wait: { for: 50ms }
                """);
        List<Integer> started = new CopyOnWriteArrayList<>();
        Map<Integer, List<String>> steps = new ConcurrentHashMap<>();
        Map<Integer, Status> finished = new ConcurrentHashMap<>();
        List<String> plain = new CopyOnWriteArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void scenarioStarted(String displayName, Position position) {
                plain.add(displayName);
            }

            @Override
            public void scenarioStarted(int run, String displayName, Position position) {
                started.add(run);
                RunListener.super.scenarioStarted(run, displayName, position);
            }

            @Override
            public void stepFinished(int run, String scenarioDisplayName, StepRecord step) {
                steps.computeIfAbsent(run, k -> new CopyOnWriteArrayList<>()).add(step.verb());
            }

            @Override
            public void scenarioFinished(int run, ScenarioResult result) {
                finished.put(run, result.status());
            }
        };
        RunResult result = Crosscheck.run(RunOptions.of(dir).parallel(3).listener(listener));

        assertThat(started).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(steps).containsOnlyKeys(0, 1, 2).allSatisfy((run, verbs) -> assertThat(verbs).containsExactly("assert", "wait"));
        assertThat(finished).containsExactlyInAnyOrderEntriesOf(Map.of(0, Status.PASSED, 1, Status.PASSED, 2, Status.FAILED));
        for (int run = 0; run < 3; run++) assertThat(result.scenarios().get(run).status()).isEqualTo(finished.get(run));
        // a listener that knows only the events without an index still gets them
        assertThat(plain).containsExactlyInAnyOrder("Same row twice [n=1]", "Same row twice [n=1]", "Same row twice [n=2]");
    }
}
