package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment section this module declares, checked by the loader and by the schema fragment its jar ships. */
class HttpSectionTest {
    @TempDir
    Path dir;

    private List<String> validate(String config) throws Exception {
        Files.writeString(dir.resolve("crosscheck.yaml"), config);
        Files.writeString(dir.resolve("s.yaml"), "scenario: s\nsteps:\n  - assert: [ \"true\" ]\n");
        return Crosscheck.validate(RunOptions.of(dir.resolve("s.yaml"))).stream().map(HttpSectionTest::at).toList();
    }

    private static String at(Problem p) {
        return Path.of(p.position().file()).getFileName() + ":" + p.position().line() + ":" + p.position().column()
                + " " + p.message() + (p.hint().isEmpty() ? "" : " | " + p.hint());
    }

    @Test
    void theSettingsOfEveryCallAreCheckedAgainstTheFragmentOfTheHttpJar() throws Exception {
        assertThat(validate("environments:\n  local:\n    http: { baseUrl: \"http://127.0.0.1:8080\", header: { X-Test: \"1\" } }\n"))
                .containsExactly("crosscheck.yaml:3:47 unknown key 'header' in http | did you mean 'headers'?");
    }

    @Test
    void theSettingsAreOneMapNotConnectionsByName() throws Exception {
        assertThat(validate("environments:\n  local:\n    http: { baseUrl: \"http://127.0.0.1:8080\", followRedirects: false }\n"))
                .isEmpty();
    }

    @Test
    void theSectionSchemaIsWrittenFromTheSettingsRecordWithItsRules() throws Exception {
        assertThat(validate("environments:\n  local:\n    http:\n      tls: { cert: certs/client.pem }\n"
                + "      followRedirects: \"${vars.follow}\"\n"))
                .containsExactly("crosscheck.yaml:4:12 tls needs cert and key together (a client certificate and its private key, PEM)");
    }
}
