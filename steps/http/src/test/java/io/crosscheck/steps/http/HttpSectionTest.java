package io.crosscheck.steps.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.steps.testkit.StepTestKit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The environment section this module declares, checked by the loader and by the schema fragment its jar ships. */
class HttpSectionTest {
    private static List<String> validate(String config) {
        return StepTestKit.scenario("scenario: s\nsteps:\n  - assert: [ \"true\" ]\n").file("crosscheck.yaml", config)
                .problemLines();
    }

    @Test
    void theSettingsOfEveryCallAreCheckedAgainstTheFragmentOfTheHttpJar() {
        assertThat(validate("environments:\n  local:\n    http: { baseUrl: \"http://127.0.0.1:8080\", header: { X-Test: \"1\" } }\n"))
                .containsExactly("crosscheck.yaml:3:47 unknown key 'header' in http | did you mean 'headers'?");
    }

    @Test
    void theSettingsAreOneMapNotConnectionsByName() {
        assertThat(validate("environments:\n  local:\n    http: { baseUrl: \"http://127.0.0.1:8080\", followRedirects: false }\n"))
                .isEmpty();
    }

    @Test
    void theSectionSchemaIsWrittenFromTheSettingsRecordWithItsRules() {
        assertThat(validate("environments:\n  local:\n    http:\n      tls: { cert: certs/client.pem }\n"
                + "      followRedirects: \"${vars.follow}\"\n"))
                .containsExactly("crosscheck.yaml:4:12 tls needs cert and key together (a client certificate and its private key, PEM)");
    }
}
