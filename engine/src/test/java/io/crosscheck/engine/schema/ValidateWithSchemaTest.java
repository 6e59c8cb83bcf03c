package io.crosscheck.engine.schema;

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

/** {@code validate} and every run check documents against the schemas, after the parser and never twice. */
class ValidateWithSchemaTest {
    @TempDir
    Path dir;

    private List<String> validate(String config, String scenario) throws IOException {
        if (config != null) Files.writeString(dir.resolve("crosscheck.yaml"), config);
        Files.writeString(dir.resolve("s.yaml"), scenario);
        return Crosscheck.validate(RunOptions.of(dir)).stream().map(Problem::format)
                .map(m -> m.replace(dir.toAbsolutePath() + "/", "")).toList();
    }

    @Test
    void aProblemParserAndSchemaBothSeeIsReportedOnceWithItsLineAndCaret() throws IOException {
        assertThat(validate(null, """
                scenario: A negative pause
                steps:
                  - wait: { for: -1 }
                """)).containsExactly("""
                s.yaml:3:18: error: negative duration '-1' (a duration is 0 or more, at most 24h)
                    - wait: { for: -1 }
                                   ^""");
    }

    @Test
    void aDocumentThatTheParserRefusesIsNotCheckedAgainByTheSchema() throws IOException {
        assertThat(validate(null, """
                scenario: Two mistakes, each reported once
                steps:
                  - wait: { for: -1, tiemout: 2s }
                ---
                scenario: The next document is still checked
                steps:
                  - wait: { for: -2 }
                """)).extracting(m -> m.lines().findFirst().orElseThrow()).containsExactly(
                "s.yaml:3:22: error: unknown key 'tiemout' (known keys: for)",
                "s.yaml:3:18: error: negative duration '-1' (a duration is 0 or more, at most 24h)",
                "s.yaml:7:18: error: negative duration '-2' (a duration is 0 or more, at most 24h)");
    }

    @Test
    void crosscheckYamlIsCheckedAgainstItsSchema() throws IOException {
        assertThat(validate("""
                defaults: { timout: 30s }
                environments:
                  local:
                    vars: { region: eu-west-1 }
                """, """
                scenario: Fine
                steps:
                  - assert: [ "true" ]
                """)).extracting(m -> m.lines().findFirst().orElseThrow()).containsExactly(
                "crosscheck.yaml:1:13: error: unknown key 'timout' in defaults (did you mean 'timeout'?)");
    }

    @Test
    void aValidProjectHasNoProblem() throws IOException {
        assertThat(validate("""
                defaults: { timeout: 30s }
                environments:
                  local:
                    vars: { limit: 3 }
                    kafka: { main: { bootstrap.servers: "127.0.0.1:9092" } }
                    other-plugin: { one: { anything: goes } }
                """, """
                scenario: Fine
                steps:
                  - wait: { for: 1ms }
                  - assert: [ "limit == 3" ]
                """)).isEmpty();
    }
}
