package io.crosscheck.junit;

import io.crosscheck.steps.testkit.StepTestKit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The run-level setup of crosscheck.yaml under the JUnit engine: each scenario's events reach its own descriptors. */
class RunSetupExecutionTest {
    @TempDir
    Path dir;

    private EngineExecutionResults run() {
        return EngineTestKit.engine(Ids.ENGINE).selectors(selectDirectory(dir.toFile())).execute();
    }

    @Test
    void scenariosSeeWhatTheSetupSavedAndReportAsTheirOwn() {
        StepTestKit.in(dir).file("crosscheck.yaml", """
                setup:
                  - assert: [ "true" ]
                    save: { token: "'t-1'" }
                """).file("a.yaml", """
                scenario: First
                steps:
                  - assert: [ "token == 't-1'" ]
                """).file("b.yaml", """
                scenario: Second
                steps:
                  - assert: [ "token == 't-1'" ]
                  - wait: { for: 1ms }
                """);
        EngineExecutionResults results = run();
        results.testEvents().assertStatistics(s -> s.started(3).succeeded(3).failed(0));
        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(displayName("a.yaml › First")), finishedSuccessfully()))
                .haveExactly(1, event(container(displayName("b.yaml › Second")), finishedSuccessfully()));
    }

    @Test
    void aFailedSetupFailsEveryScenarioSayingWhy() {
        StepTestKit.in(dir).file("crosscheck.yaml", """
                setup:
                  - name: log in
                    assert: [ "1 == 2" ]
                """).file("a.yaml", """
                scenario: First
                steps:
                  - assert: [ "true" ]
                """);
        EngineExecutionResults results = run();
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(displayName("a.yaml › First")),
                finishedWithFailure(message(m -> m.contains("not run: the run's setup failed: log in: ")))));
    }
}
