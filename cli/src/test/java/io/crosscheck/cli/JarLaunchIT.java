package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.result.RunResult;
import io.crosscheck.reporters.ResultsJsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar crosscheck.jar} runs crosscheck in a JVM of its own with the launcher's options: the exit code and
 * console come through, a JVM option given to {@code java} reaches the run's JVM (and a collector given there
 * replaces the launcher's), SIGTERM stops the run with its reports written, and killing the launching process
 * outright stops the run too.
 */
class JarLaunchIT {
    @TempDir
    Path dir;

    private CutOffProject project;

    @BeforeEach
    void writeProject() throws Exception {
        project = new CutOffProject(dir);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    @Timeout(180)
    void exitCodesAndConsoleComeThroughAndAnArchiveIsRecordedThenUsed() throws Exception {
        Files.writeString(dir.resolve("fails.yaml"), "scenario: Fails\nsteps:\n  - assert: [ \"1 == 2\" ]\n");
        CliProcess failing = CliProcess.startJar(dir, List.of(), "run", dir.resolve("fails.yaml").toString(),
                "--report-dir", dir.resolve("out").toString());
        assertThat(failing.await()).as(failing.console()).isEqualTo(1);
        assertThat(failing.console()).contains("FAIL  Fails").contains("FAILED");
        try (var archives = Files.newDirectoryStream(Path.of("target"), "crosscheck.jar.*.jsa")) {
            assertThat(archives).as("the first run recorded a class-data archive beside the jar").isNotEmpty();
        }

        Files.writeString(dir.resolve("broken.yaml"), "scenario: Broken\nsteps:\n  - assert: [ \"1 == 1\"\n");
        CliProcess broken = CliProcess.startJar(dir, List.of(), "validate", dir.resolve("broken.yaml").toString());
        assertThat(broken.await()).as(broken.console()).isEqualTo(2);
        assertThat(broken.console()).contains("broken.yaml:").doesNotContain("Exception");

        CliProcess cut = CliProcess.startJar(dir, List.of("-Dcrosscheck.probe=yes"), "run", project.scenarios().toString(),
                "--report-dir", dir.resolve("out2").toString());
        List<String> arguments = arguments(runOf(cut));
        assertThat(arguments).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dcrosscheck.probe=yes")
                .anyMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
        cut.process().destroy();
        assertThat(cut.await()).isEqualTo(143);
    }

    @Test
    @Timeout(180)
    void sigtermStopsTheRunWhichWritesItsReports() throws Exception {
        Path reports = dir.resolve("out");
        CliProcess cli = CliProcess.startJar(dir, List.of("-XX:+UseParallelGC", "-Xmx256m"), "run",
                project.scenarios().toString(), "--report-dir", reports.toString());
        List<String> arguments = arguments(runOf(cli));
        assertThat(arguments).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx256m")
                .doesNotContain("-XX:+UseSerialGC", "-Xms128m", "-Xmn10m");
        List<ProcessHandle> run = cli.process().descendants().toList();

        cli.process().destroy();
        int code = cli.await();
        String console = cli.console();

        assertThat(code).as(console).isEqualTo(143);
        assertThat(console).contains("ERROR Cut off").doesNotContain("PASSED");
        assertThat(run).noneMatch(ProcessHandle::isAlive);
        RunResult result = new ResultsJsonReader().read(reports.resolve("results.json"));
        assertThat(result.interrupted()).isTrue();
    }

    @Test
    @Timeout(180)
    void killingTheLaunchingProcessOutrightStopsTheRun() throws Exception {
        Path reports = dir.resolve("out");
        CliProcess cli = CliProcess.startJar(dir, List.of(), "run", project.scenarios().toString(),
                "--report-dir", reports.toString());
        ProcessHandle run = runOf(cli);

        cli.process().destroyForcibly();
        run.onExit().get(60, TimeUnit.SECONDS);

        RunResult result = new ResultsJsonReader().read(reports.resolve("results.json"));
        assertThat(result.interrupted()).as("the run stopped as on SIGTERM, reports written").isTrue();
    }

    /** Once the scenario has made its first call: the JVM running it. */
    private ProcessHandle runOf(CliProcess cli) throws Exception {
        assertThat(project.started(90)).as("the scenario started").isTrue();
        return cli.process().descendants().findFirst().orElseThrow();
    }

    private static List<String> arguments(ProcessHandle run) {
        return List.of(run.info().arguments().orElseThrow());
    }
}
