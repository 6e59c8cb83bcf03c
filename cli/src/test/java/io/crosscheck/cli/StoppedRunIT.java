package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.reporters.ResultsJsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM in the middle of a scenario: exit 143, the reports written, the cut-off scenario ERROR "interrupted". */
class StoppedRunIT {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aScenarioCutOffBySigtermIsAnErrorInEveryReport() throws Exception {
        try (CutOffProject project = new CutOffProject(dir)) {
            Path reports = dir.resolve("out");
            CliProcess cli = CliProcess.start(dir, java.util.Map.of(), "run", project.scenarios().toString(),
                    "--report-dir", reports.toString());
            assertThat(project.started(60)).as("the scenario started").isTrue();
            Thread.sleep(300);
            cli.process().destroy();
            int code = cli.await();
            String console = cli.console();

            assertThat(code).as(console).isEqualTo(143);
            assertThat(console).contains("ERROR Cut off").doesNotContain("PASS  Cut off").doesNotContain("PASSED");
            RunResult run = new ResultsJsonReader().read(reports.resolve("results.json"));
            assertThat(run.interrupted()).isTrue();
            ScenarioResult s = run.scenarios().get(0);
            assertThat(s.status()).isEqualTo(Status.ERROR);
            assertThat(s.steps()).extracting(StepRecord::status).containsExactly(Status.PASSED, Status.ERROR, Status.SKIPPED);
            assertThat(s.steps().get(1).error()).isEqualTo("interrupted");
            assertThat(s.steps().get(2).error()).isEqualTo("not run: the run was interrupted");
            String junit = Files.readString(reports.resolve("junit.xml"));
            assertThat(junit).contains("<error").contains("interrupted");
            assertThat(Files.readString(reports.resolve("index.html"))).contains("interrupted");
        }
    }
}
