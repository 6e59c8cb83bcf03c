package io.crosscheck.steps.cassandra;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.StepRecord;
import io.crosscheck.testkit.cassandra.CassandraNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Writes a crosscheck.yaml naming the test node (cluster {@code main}) and scenario files, and runs them. */
final class ScenarioRun {
    private final Path dir;
    private final StringBuilder clusters = new StringBuilder();

    ScenarioRun(Path dir, CassandraNode node) {
        this.dir = dir;
        cluster("main", "{ contactPoints: [\"" + node.contactPoint() + "\"], localDatacenter: " + node.localDatacenter() + " }");
    }

    /** Adds a cluster to the environment's {@code cassandra:} section, as a YAML flow map. */
    ScenarioRun cluster(String name, String flowMap) {
        clusters.append("      ").append(name).append(": ").append(flowMap).append('\n');
        return this;
    }

    ScenarioRun file(String name, String yaml) {
        try {
            Files.writeString(dir.resolve(name), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    RunResult run() {
        file("crosscheck.yaml", "defaults: { timeout: 60s }\nenvironments:\n  it:\n    cassandra:\n" + clusters);
        return Crosscheck.run(RunOptions.of(dir));
    }

    static ScenarioResult scenario(RunResult result, String name) {
        return result.scenarios().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario '" + name + "' in\n" + describe(result)));
    }

    static StepRecord step(ScenarioResult scenario, String name) {
        return scenario.steps().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + name + "' in " + scenario.name() + ": "
                        + scenario.steps().stream().map(StepRecord::name).toList()));
    }

    /** The run as text, for assertion messages. */
    static String describe(RunResult result) {
        return result.scenarios().stream().map(s -> s.displayName() + " " + s.status() + " " + s.message() + "\n"
                + s.steps().stream().map(st -> "  " + st.phase() + " " + st.name() + " " + st.status() + " " + st.error()
                        + st.checks().stream().filter(c -> !c.passed()).map(c -> "\n    " + c.path() + ": expected "
                                + c.expected() + ", was " + c.actual() + " " + c.message()).collect(Collectors.joining()))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
