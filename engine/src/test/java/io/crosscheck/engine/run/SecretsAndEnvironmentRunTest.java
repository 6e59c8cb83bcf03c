package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through a real run: secrets masked in every encoding and as numbers; env.NAME strict with a default. */
class SecretsAndEnvironmentRunTest {
    @TempDir
    Path dir;

    private RunResult run(String yaml) throws IOException {
        Files.writeString(dir.resolve("s.yaml"), yaml);
        return Crosscheck.run(RunOptions.of(dir).systemEnvironment(Map.of("PASSWORD", "p@ss w/rd", "PIN", "48151623", "HOST", "db")));
    }

    @Test
    void aSecretIsMaskedEncodedAndAsANumberEverywhereInTheResult() throws IOException {
        var r = run("""
                scenario: secret
                vars:
                  password: ${secret('PASSWORD')}
                  pin: ${secret('PIN') * 1}
                steps:
                  - name: login
                    assert:
                      - "'https://h/login?pw=p%40ss%20w%2Frd&form=p%40ss+w%2Frd' == ''"
                      - "'{\\"pw\\":\\"p@ss w\\\\/rd\\"}' == ''"
                      - pin + 0
                """);
        var checks = r.scenarios().get(0).steps().get(0).checks();
        assertThat(checks).hasSize(3).noneMatch(c -> c.passed());
        assertThat(checks.get(2).actual()).isEqualTo("****");
        assertThat(r.toString()).doesNotContain("48151623").doesNotContain("p%40ss").doesNotContain("p@ss").contains("****");
    }

    @Test
    void anUnsetEnvironmentVariableIsAnErrorNamingItAndADefaultIsUsed() throws IOException {
        var r = run("""
                scenario: env
                vars:
                  base: "${env.HTTPBIN ?: 'http://localhost:8080'}"
                  host: ${env.HOST}
                steps:
                  - assert:
                      - base == 'http://localhost:8080' && host == 'db'
                  - assert:
                      - "'http://' + env.HTTPBIN != ''"
                """);
        ScenarioResult s = r.scenarios().get(0);
        assertThat(s.steps().get(0).status()).isEqualTo(Status.PASSED);
        assertThat(s.status()).isNotEqualTo(Status.PASSED);
        assertThat(s.steps().get(1).checks().get(0).message()).startsWith("environment variable HTTPBIN is not set");
    }
}
