package io.crosscheck.junit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.Reports;
import io.crosscheck.engine.model.Scenario;
import io.crosscheck.engine.spi.RunListener;
import io.crosscheck.engine.spi.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The scenarios of one project folder (the folder of its crosscheck.yaml), prepared once at discovery: one run
 * shares connections between all its scenarios. {@code crosscheck} is null when the project's config is invalid.
 */
final class ProjectRun {
    private final Crosscheck crosscheck;
    private final ListenerRelay relay;
    private final Optional<Path> reportDir;

    ProjectRun(Crosscheck crosscheck, ListenerRelay relay, Optional<Path> reportDir) {
        this.crosscheck = crosscheck;
        this.relay = relay;
        this.reportDir = reportDir;
    }

    /**
     * Runs the scenarios the launcher kept, sending live events to {@code events}; writes reports if asked to (with
     * the run-level setup and teardown). Returns the scenario runs alone, in the order of {@code events}' runs.
     */
    RunResult run(List<Scenario> scenarios, RunListener events) {
        int first = scenarios.isEmpty() || crosscheck.plan().hooks().setup().isEmpty() ? 0 : 1;
        int runs = scenarios.stream().mapToInt(s -> Math.max(1, s.examples().size())).sum();
        relay.to(new ScenarioRunEvents(events, first));
        try {
            RunResult result = crosscheck.only(scenarios).run();
            if (reportDir.isPresent()) Reports.write(result, reportDir.get(), ScenarioFiles.loader());
            return ScenarioRunEvents.scenarioRuns(result, first, runs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + reportDir.orElseThrow(), e);
        } finally {
            relay.to(null);
        }
    }
}
