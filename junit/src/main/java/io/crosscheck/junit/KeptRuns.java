package io.crosscheck.junit;

import io.crosscheck.engine.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;

/**
 * What the launcher's filters left of a project's tree: the scenarios to run (with only the kept example rows) and,
 * in the same order as the engine runs them (scenario by scenario, row by row), the descriptor of each scenario run.
 * The engine's events carry that run index, so {@code runs().get(index)} is the run an event is about.
 */
record KeptRuns(List<Scenario> scenarios, List<TestDescriptor> runs) {

    static KeptRuns of(List<FileDescriptor> files) {
        List<Scenario> scenarios = new ArrayList<>();
        List<TestDescriptor> runs = new ArrayList<>();
        for (FileDescriptor file : files) {
            for (TestDescriptor child : file.getChildren()) {
                if (!(child instanceof ScenarioDescriptor descriptor)) continue;
                Scenario s = descriptor.scenario();
                if (s.examples().isEmpty()) {
                    scenarios.add(s);
                    runs.add(descriptor);
                    continue;
                }
                List<TestDescriptor> rows = List.copyOf(child.getChildren());
                if (rows.isEmpty()) continue;
                List<Map<String, Object>> kept = rows.stream().map(r -> ((ExampleDescriptor) r).row()).toList();
                scenarios.add(kept.size() == s.examples().size() ? s : new Scenario(s.name(), s.description(), s.tags(),
                        s.position(), s.file(), s.vars(), s.setup(), s.steps(), s.teardown(), kept, s.rowNames()));
                runs.addAll(rows);
            }
        }
        return new KeptRuns(List.copyOf(scenarios), List.copyOf(runs));
    }
}
