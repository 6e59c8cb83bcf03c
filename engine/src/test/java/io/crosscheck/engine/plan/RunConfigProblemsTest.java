package io.crosscheck.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** setup, teardown and varsFiles of crosscheck.yaml, and --vars-file: each bad input at its file:line:column. */
class RunConfigProblemsTest {
    @TempDir
    Path dir;

    private List<Problem> problems(String config, RunOptions options) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), config);
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(scenarios.resolve("s.yaml"), "scenario: s\nsteps:\n  - assert: [ \"true\" ]\n");
        return Crosscheck.validate(options);
    }

    private List<Problem> problems(String config) throws IOException {
        return problems(config, RunOptions.of(dir.resolve("scenarios")));
    }


    @Test
    void aMissingVarsFileIsNamedAtItsPlaceInTheList() throws IOException {
        Files.createDirectories(dir.resolve("vars"));
        Files.writeString(dir.resolve("vars/common.yaml"), "a: 1\n");
        assertThat(problems("varsFiles:\n  - vars/common.yaml\n  - vars/missing.yaml\n")).extracting(ProblemLines::inFile)
                .containsExactly("crosscheck.yaml:3:5 no such vars file 'vars/missing.yaml' | paths are relative to crosscheck.yaml");
    }

    @Test
    void aVarsFileThatIsNoMapIsAProblemOfThatFile() throws IOException {
        Files.writeString(dir.resolve("list.yaml"), "# vars\n- a\n- b\n");
        assertThat(problems("varsFiles: [list.yaml]\n")).extracting(ProblemLines::inFile)
                .containsExactly("list.yaml:2:1 a vars file must be a map of NAME: VALUE");
    }

    @Test
    void aMissingVarsFileOfTheCommandLineIsNamed() throws IOException {
        Path missing = dir.resolve("nowhere.yaml");
        assertThat(problems("{}\n", RunOptions.of(dir.resolve("scenarios")).varsFiles(List.of(missing))))
                .extracting(ProblemLines::inFile).containsExactly("nowhere.yaml:1:1 --vars-file: no such file");
    }

    @Test
    void aBadTemplateInAVarsFileIsShownWhereItIs() throws IOException {
        Files.writeString(dir.resolve("v.yaml"), "a: 1\nb: ${a +}\n");
        assertThat(problems("varsFiles: [v.yaml]\n")).extracting(ProblemLines::inFile)
                .singleElement().asString().startsWith("v.yaml:2:4 bad expression: ");
    }

    @Test
    void aSetupStepIsCheckedAsAScenarioStepIs() throws IOException {
        assertThat(problems("""
                setup:
                  - assert: [ "true" ]
                  - asert: [ "true" ]
                teardown:
                  - wait: { for: 0s }
                """)).extracting(ProblemLines::inFile).containsExactly(
                "crosscheck.yaml:3:5 unknown verb or key 'asert' | did you mean 'assert'?");
    }

    @Test
    void setupMustBeAListOfStepsAndVarsFilesAListOfFilesEachSaidOnce() throws IOException {
        assertThat(problems("setup: { assert: [ \"true\" ] }\nteardown:\n  - 42\nvarsFiles: common.yaml\n"))
                .extracting(ProblemLines::inFile).containsExactly(
                        "crosscheck.yaml:1:8 setup must be a list of steps",
                        "crosscheck.yaml:3:5 a step must be a map with one verb such as assert, wait",
                        "crosscheck.yaml:4:12 varsFiles must be a list of files such as [vars/common.yaml]");
    }
}
