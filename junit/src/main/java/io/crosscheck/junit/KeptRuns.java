package io.crosscheck.junit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;

/**
 * What the launcher's filters left of a project's tree: the descriptor of each scenario run (a scenario, or one
 * example row of it) by the run's id in the plan. The engine's events carry that id, so {@code runs().get(id)} is the
 * run an event is about; an id with no descriptor (the run-level setup and teardown) names none.
 */
record KeptRuns(Map<String, TestDescriptor> runs) {

    static KeptRuns of(Iterable<FileDescriptor> files) {
        Map<String, TestDescriptor> runs = new LinkedHashMap<>();
        for (FileDescriptor file : files) {
            for (TestDescriptor child : file.getChildren()) {
                if (!(child instanceof ScenarioDescriptor scenario)) continue;
                if (scenario.runId() != null) runs.put(scenario.runId(), scenario);
                for (TestDescriptor row : child.getChildren()) {
                    if (row instanceof ExampleDescriptor example) runs.put(example.runId(), example);
                }
            }
        }
        return new KeptRuns(java.util.Collections.unmodifiableMap(runs));
    }
}
