package io.crosscheck.steps.solr;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.StepRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scenario folder in a temporary directory: crosscheck.yaml naming Solr connections, and scenario files. */
final class SolrProject {
    private final Path dir;

    SolrProject(Path dir) {
        this.dir = dir;
    }

    /** crosscheck.yaml with one environment {@code local}; {@code solrSection} is the YAML under {@code solr:}. */
    SolrProject config(String solrSection) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                defaults: { timeout: 20s }
                environments:
                  local:
                    solr:
                """ + solrSection.indent(6));
        return this;
    }

    SolrProject scenario(String file, String yaml) throws IOException {
        Files.writeString(dir.resolve(file), yaml);
        return this;
    }

    RunResult run() {
        return Crosscheck.run(RunOptions.of(dir));
    }

    Path dir() {
        return dir;
    }

    static ScenarioResult only(RunResult run) {
        if (run.scenarios().size() != 1) throw new AssertionError("expected one scenario, got " + run.scenarios());
        return run.scenarios().get(0);
    }

    static StepRecord step(ScenarioResult scenario, String name) {
        return scenario.steps().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + name + "' in " + scenario.steps()));
    }
}
