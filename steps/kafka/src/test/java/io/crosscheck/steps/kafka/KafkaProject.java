package io.crosscheck.steps.kafka;

import io.crosscheck.steps.testkit.StepTestKit;
import java.nio.file.Path;

/** The project these tests write: a 10s default timeout, and the clusters of the environment's {@code kafka:}. */
final class KafkaProject {
    private KafkaProject() {
    }

    /** {@code kafkaSection}: the YAML under {@code kafka:}, e.g. {@code main: { bootstrap.servers: "…" }}. */
    static StepTestKit of(Path dir, String kafkaSection) {
        return StepTestKit.in(dir).config("defaults: { timeout: 10s }").environment("kafka:\n" + kafkaSection.indent(2));
    }

    /** One cluster, {@code main}. */
    static StepTestKit cluster(Path dir, String bootstrapServers) {
        return of(dir, "main: { bootstrap.servers: \"" + bootstrapServers + "\" }");
    }
}
