package io.crosscheck.engine.plan;

import static io.crosscheck.engine.plan.ProblemLines.under;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import io.crosscheck.engine.result.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a folder are scenarios: exclude globs, and any other YAML an error that says how to leave it out. */
class DiscoveryTest {
    @TempDir
    Path dir;

    @BeforeEach
    void aScenarioAndAVenomStyleVarsFile() throws IOException {
        write("orders.yaml", """
                scenario: orders
                steps:
                  - assert: [ "true" ]
                """);
        write("vars/testVariables.yml", """
                kafkaHost: 127.0.0.1:9092
                profileUrl: http://127.0.0.1:8081
                """);
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> problems() {
        return Crosscheck.validate(RunOptions.of(dir)).stream().map(p -> under(dir, p)).toList();
    }


    @Test
    void aYamlFileThatIsNeitherAScenarioNorAFragmentIsAnErrorNamingTheFixInsteadOfAnUnknownKey() {
        assertThat(problems()).containsExactly("vars/testVariables.yml:1:1 neither a scenario (scenario:) nor a fragment"
                + " (fragment:) | if it is not a scenario, add it to exclude: in crosscheck.yaml, e.g. exclude:"
                + " [vars/testVariables.yml]");
    }

    @Test
    void anExcludedGlobLeavesTheFilesOutAndTheScenariosRun() throws IOException {
        write("crosscheck.yaml", "exclude: [vars/**, data/*.yaml]\n");
        write("data/rows.yaml", "- { plan: basic }\n");
        assertThat(problems()).isEmpty();
        assertThat(Crosscheck.run(RunOptions.of(dir)).scenarios()).extracting(ScenarioResult::name).containsExactly("orders");
    }

    @Test
    void aGlobThatMatchesAFolderLeavesOutAllBelowIt() throws IOException {
        write("crosscheck.yaml", "exclude: vars\n");
        write("vars/deeper/more.yaml", "a: 1\n");
        assertThat(problems()).isEmpty();
    }

    @Test
    void theGlobIsRelativeToCrosscheckYamlAlsoWhenASubfolderIsRun() throws IOException {
        write("crosscheck.yaml", "exclude: [scenarios/vars/**]\n");
        write("scenarios/s.yaml", "scenario: s\nsteps: [ { assert: [ \"true\" ] } ]\n");
        write("scenarios/vars/v.yaml", "kafkaHost: x\n");
        assertThat(Crosscheck.validate(RunOptions.of(dir.resolve("scenarios")))).isEmpty();
    }

    @Test
    void aBadGlobOrAGlobThatIsNotTextIsAProblemAtIt() throws IOException {
        write("crosscheck.yaml", "exclude: [vars/**, \"data/[a\", 42]\n");
        assertThat(problems()).containsExactly(
                "crosscheck.yaml:1:20 bad glob 'data/[a' in exclude | close every [ and {; e.g. vars/** or **/*.vars.yaml",
                "crosscheck.yaml:1:31 exclude must be a list of globs such as [data/**, vars/**]");
    }

    @Test
    void aFragmentAmongTheScenariosIsNoScenarioAndNoProblem() throws IOException {
        write("crosscheck.yaml", "exclude: [vars/**]\n");
        write("fragments/login.yaml", """
                fragment: Log in
                steps: []
                """);
        assertThat(problems()).isEmpty();
        assertThat(Crosscheck.run(RunOptions.of(dir)).scenarios()).extracting(ScenarioResult::name).containsExactly("orders");
    }

    @Test
    void aDocumentOfOtherYamlAmongScenariosIsAProblemAtItsOwnLine() throws IOException {
        write("crosscheck.yaml", "exclude: [vars/**]\n");
        write("orders.yaml", """
                scenario: orders
                steps:
                  - assert: [ "true" ]
                ---
                kafkaHost: x
                """);
        assertThat(problems()).containsExactly("orders.yaml:5:1 neither a scenario (scenario:) nor a fragment (fragment:)"
                + " | if it is not a scenario, add it to exclude: in crosscheck.yaml, e.g. exclude: [orders.yaml]");
    }

    @Test
    void aDocumentWithKeysOfAScenarioButNoNameStillSaysTheNameIsMissing() throws IOException {
        write("crosscheck.yaml", "exclude: [vars/**]\n");
        write("orders.yaml", "steps: [ { assert: [ \"true\" ] } ]\nkafkaHost: x\n");
        assertThat(problems()).contains("orders.yaml:1:1 missing key 'scenario' (the scenario's name)");
    }
}
