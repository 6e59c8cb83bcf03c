package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a CI log shows: GitHub annotations at the failing step's line, colour forced or refused, --version anywhere. */
class CiOutputIT {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("checks.yaml"), """
                scenario: Totals add up
                steps:
                  - wait: { for: 1ms }
                  - name: the total, checked
                    assert:
                      - "1 + 1 == 3"
                """);
    }

    private CliProcess run(Map<String, String> env) throws Exception {
        return CliProcess.start(dir, env, "run", dir.resolve("checks.yaml").toString(), "--report-dir", dir.resolve("out").toString());
    }

    @Test
    void inGithubActionsAFailedStepIsAnAnnotationAtItsLine() throws Exception {
        CliProcess cli = run(Map.of("GITHUB_ACTIONS", "true"));
        assertThat(cli.await()).isEqualTo(1);
        assertThat(cli.console()).containsPattern("(?m)^::error file=[^,]*checks\\.yaml,line=5,col=5,"
                + "title=FAIL Totals add up › the total%2C checked::.*1 \\+ 1 was 2.*$");
        assertThat(run(Map.of()).console()).doesNotContain("::error");
    }

    @Test
    void forceColorColoursAPipeAndNoColorWins() throws Exception {
        CliProcess forced = run(Map.of("FORCE_COLOR", "1"));
        forced.await();
        assertThat(forced.console()).contains("\u001B[1;31mFAIL \u001B[0m");
        CliProcess clicolor = run(Map.of("CLICOLOR_FORCE", "1"));
        clicolor.await();
        assertThat(clicolor.console()).contains("\u001B[");
        CliProcess refused = run(Map.of("FORCE_COLOR", "1", "NO_COLOR", "1"));
        refused.await();
        assertThat(refused.console()).doesNotContain("\u001B[").contains("FAIL  Totals add up");
        CliProcess plain = run(Map.of());
        plain.await();
        assertThat(plain.console()).doesNotContain("\u001B[");
    }

    @Test
    void everySubcommandPrintsTheVersion() throws Exception {
        for (String command : new String[] {"run", "validate", "list", "merge", "demo"}) {
            CliProcess cli = CliProcess.start(dir, Map.of(), command, "--version");
            assertThat(cli.await()).as(command).isEqualTo(0);
            assertThat(cli.console()).as(command).containsPattern("crosscheck \\S+");
        }
    }
}
