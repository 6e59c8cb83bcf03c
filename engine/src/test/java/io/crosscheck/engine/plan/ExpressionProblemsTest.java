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

/** What validate finds in expressions before anything runs: unknown functions, secret() without a name, deep nesting. */
class ExpressionProblemsTest {
    @TempDir
    Path dir;

    private List<String> problems(String yaml) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        return Crosscheck.validate(RunOptions.of(file)).stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message()).toList();
    }

    @Test
    void anUnknownFunctionIsFoundByValidateWithTheClosestName() throws IOException {
        assertThat(problems("""
                scenario: typo
                vars:
                  xs: [1, 2, 3]
                steps:
                  - assert:
                      - size(wehre(xs, x -> x > 1)) == 0
                """)).containsExactly("6:9 bad expression: unknown function 'wehre' (did you mean 'where'?) at column 6");
    }

    @Test
    void anUnknownFunctionInATemplateIsFoundByValidate() throws IOException {
        assertThat(problems("""
                scenario: typo
                vars:
                  id: ${uuidd()}
                steps:
                  - assert: [ "id != ''" ]
                """)).containsExactly("3:7 bad expression: in ${uuidd()}: unknown function 'uuidd' (did you mean 'uuid'?) at column 1");
    }

    @Test
    void secretWithoutANameIsFoundByValidate() throws IOException {
        assertThat(problems("""
                scenario: secrets
                vars:
                  a: ${secret()}
                  b: "${secret('')}"
                steps:
                  - assert: [ "a != b" ]
                """)).containsExactly(
                "3:6 bad expression: in ${secret()}: secret() needs the name of an environment variable, e.g. secret('PG_PASSWORD') at column 1",
                "4:6 bad expression: in ${secret('')}: secret() needs the name of an environment variable, e.g. secret('PG_PASSWORD') at column 1");
    }

    @Test
    void anExpressionNested400DeepIsAProblemNotACrash() throws IOException {
        String deep = "(".repeat(400) + "1" + ")".repeat(400);
        assertThat(problems("""
                scenario: deep
                vars:
                  n: ${%s}
                steps:
                  - assert:
                      - %s == 1
                      - "%s"
                """.formatted(deep, deep, "[".repeat(400) + "]".repeat(400)))).containsExactly(
                "3:6 bad expression: in ${" + "(".repeat(60) + "…}: expression nested too deeply (more than 64 levels) at column 65",
                "6:9 bad expression: expression nested too deeply (more than 64 levels) at column 65",
                "7:9 bad expression: expression nested too deeply (more than 64 levels) at column 65");
    }
}
