package io.crosscheck.steps.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a scenario folder: crosscheck.yaml naming the Kafka cluster(s), and scenario files. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    /** crosscheck.yaml with one environment {@code local} whose kafka section is {@code kafkaSection} (indented YAML). */
    static void config(Path dir, String kafkaSection) throws IOException {
        Files.writeString(dir.resolve("crosscheck.yaml"), """
                defaults: { timeout: 10s }
                environments:
                  local:
                    kafka:
                """ + kafkaSection.indent(6));
    }

    static void cluster(Path dir, String bootstrapServers) throws IOException {
        config(dir, "main: { bootstrap.servers: \"" + bootstrapServers + "\" }");
    }

    static Path scenario(Path dir, String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }
}
