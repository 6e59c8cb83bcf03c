package io.crosscheck.steps.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.steps.testkit.StepTestKit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The environment section this module declares, checked by the loader and by the schema fragment its jar ships. */
class KafkaSectionTest {
    private static List<String> validate(String config) {
        return StepTestKit.scenario("scenario: s\nsteps:\n  - assert: [ \"true\" ]\n").file("crosscheck.yaml", config)
                .problemLines();
    }

    @Test
    void aSectionALetterAwayFromKafkaIsATypo() {
        assertThat(validate("environments:\n  local:\n    kafak: { main: { bootstrap.servers: 127.0.0.1:9092 } }\n"))
                .containsExactly("crosscheck.yaml:3:5 unknown key 'kafak' in environment 'local' | did you mean 'kafka'?");
    }

    @Test
    void eachClusterIsAMapOfClientProperties() {
        assertThat(validate("environments:\n  local:\n    kafka:\n      main: 127.0.0.1:9092\n"))
                .containsExactly("crosscheck.yaml:4:13 connection 'main' must be a map of properties");
    }

    @Test
    void kafkaWrittenAtTheTopIsSaidToBelongInAnEnvironment() {
        assertThat(validate("kafka: { main: { bootstrap.servers: 127.0.0.1:9092 } }\n")).containsExactly("crosscheck.yaml:1:1"
                + " unknown key 'kafka' in crosscheck.yaml | 'kafka' is a section of an environment: write it under environments.NAME");
    }
}
