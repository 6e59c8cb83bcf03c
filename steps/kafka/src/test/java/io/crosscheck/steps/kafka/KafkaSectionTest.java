package io.crosscheck.steps.kafka;

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
class KafkaSectionTest {
    @TempDir
    Path dir;

    private List<String> validate(String config) throws Exception {
        Files.writeString(dir.resolve("crosscheck.yaml"), config);
        Files.writeString(dir.resolve("s.yaml"), "scenario: s\nsteps:\n  - assert: [ \"true\" ]\n");
        return Crosscheck.validate(RunOptions.of(dir.resolve("s.yaml"))).stream().map(KafkaSectionTest::at).toList();
    }

    private static String at(Problem p) {
        return Path.of(p.position().file()).getFileName() + ":" + p.position().line() + ":" + p.position().column()
                + " " + p.message() + (p.hint().isEmpty() ? "" : " | " + p.hint());
    }

    @Test
    void aSectionALetterAwayFromKafkaIsATypo() throws Exception {
        assertThat(validate("environments:\n  local:\n    kafak: { main: { bootstrap.servers: 127.0.0.1:9092 } }\n"))
                .containsExactly("crosscheck.yaml:3:5 unknown key 'kafak' in environment 'local' | did you mean 'kafka'?");
    }

    @Test
    void eachClusterIsAMapOfClientProperties() throws Exception {
        assertThat(validate("environments:\n  local:\n    kafka:\n      main: 127.0.0.1:9092\n"))
                .containsExactly("crosscheck.yaml:4:13 connection 'main' must be a map of properties");
    }

    @Test
    void kafkaWrittenAtTheTopIsSaidToBelongInAnEnvironment() throws Exception {
        assertThat(validate("kafka: { main: { bootstrap.servers: 127.0.0.1:9092 } }\n")).containsExactly("crosscheck.yaml:1:1"
                + " unknown key 'kafka' in crosscheck.yaml | 'kafka' is a section of an environment: write it under environments.NAME");
    }
}
