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

/** Every kind of bad scenario input becomes a problem with its exact file:line:column, before anything runs. */
class LoadingProblemsTest {
    @TempDir
    Path dir;

    private List<Problem> problems(String yaml) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        return Crosscheck.validate(RunOptions.of(file));
    }


    @Test
    void misspeltVerbIsReportedWithItsPositionAndTheClosestVerb() throws IOException {
        var problems = problems("""
                scenario: typo
                steps:
                  - asert:
                      - 1 == 1
                """);
        assertThat(problems).extracting(ProblemLines::at)
                .containsExactly("3:5 unknown verb or key 'asert' | did you mean 'assert'?");
        assertThat(problems.get(0).format()).contains("s.yaml:3:5: error: unknown verb or key 'asert'")
                .contains("  - asert:").contains("\n      ^");
    }

    @Test
    void unknownKeyOfAVerbSuggestsTheKnownOne() throws IOException {
        var problems = problems("""
                scenario: typo
                steps:
                  - wait: { fro: 2s }
                """);
        assertThat(problems).extracting(ProblemLines::at).containsExactly("3:13 unknown key 'fro' in wait | did you mean 'for'?");
    }

    @Test
    void aStepWithTwoVerbsIsRefused() throws IOException {
        var problems = problems("""
                scenario: two
                steps:
                  - assert: [1 == 1]
                    wait: { for: 1s }
                """);
        assertThat(problems).extracting(ProblemLines::at)
                .containsExactly("4:5 a step has exactly one verb, found assert and wait | split it into two steps");
    }

    @Test
    void missingScenarioNameAndStepsAreReported() throws IOException {
        var problems = problems("""
                description: nothing else
                """);
        assertThat(problems).extracting(ProblemLines::at).containsExactly(
                "1:1 missing key 'scenario' (the scenario's name)", "1:1 missing key 'steps'");
    }

    @Test
    void badDurationIsReported() throws IOException {
        var problems = problems("""
                scenario: slow
                steps:
                  - wait: { for: 5 parsecs }
                """);
        assertThat(problems).extracting(ProblemLines::at).containsExactly("3:18 bad duration '5 parsecs' | write e.g. 250ms, 30s, 2m");
    }

    @Test
    void yamlSyntaxErrorCarriesThePosition() throws IOException {
        var problems = problems("""
                scenario: broken
                steps:
                  - assert: [1 == 1
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).position().line()).isEqualTo(4);
        assertThat(problems.get(0).message()).startsWith("invalid YAML:");
    }

    @Test
    void javaTypeTagsAreRefusedAndNothingIsInstantiated() throws IOException {
        var problems = problems("""
                scenario: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
                steps: []
                """);
        assertThat(problems).extracting(ProblemLines::at)
                .containsExactly("1:11 invalid YAML: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager");
    }

    @Test
    void aliasBombFailsAtOnce() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        long start = System.nanoTime();
        var problems = problems(yaml.toString());
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).message()).containsAnyOf("aliases", "too large");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void duplicateKeysAreReported() throws IOException {
        var problems = problems("""
                scenario: dup
                scenario: again
                steps: []
                """);
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).position().line()).isEqualTo(2);
        assertThat(problems.get(0).message()).contains("duplicate key");
    }

    @Test
    void badExpressionInAssertIsReportedAtItsLine() throws IOException {
        var problems = problems("""
                scenario: expr
                steps:
                  - assert:
                      - 1 == 1
                      - count >
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).position().line()).isEqualTo(5);
        assertThat(problems.get(0).position().column()).isEqualTo(9);
        assertThat(problems.get(0).message()).startsWith("bad expression");
    }

    @Test
    void unknownMatcherIsReportedWithASuggestion() throws IOException {
        var problems = problems("""
                scenario: matcher
                steps:
                  - assert: [1 == 1]
                    expect:
                      passed: { gtt: 0 }
                """);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).position().line()).isEqualTo(5);
        assertThat(problems.get(0).hint()).contains("gt");
    }

    @Test
    void unknownEnvironmentIsBadInput() throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                environments:
                  local: { vars: { a: 1 } }
                """);
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "scenario: s\nsteps:\n  - assert: [a == 1]\n");
        var problems = Crosscheck.validate(RunOptions.of(file).env("staging"));
        assertThat(problems).extracting(Problem::message).containsExactly("unknown environment 'staging'");
        assertThat(problems.get(0).hint()).isEqualTo("configured: local");
    }

    @Test
    void everyProblemOfEveryFileIsReportedTogether() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "scenario: a\nsteps:\n  - asert: [x]\n");
        Files.writeString(dir.resolve("b.yaml"), "scenario: b\nsteps:\n  - wait: { for: never }\n");
        var problems = Crosscheck.validate(RunOptions.of(dir));
        assertThat(problems).extracting(p -> p.position().file()).anyMatch(f -> f.endsWith("a.yaml"))
                .anyMatch(f -> f.endsWith("b.yaml"));
    }
}
