package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The runnable jars as {@code package} built them: the CLI's carries no test kit (no Kafka server, JUnit or
 * log4j-core class), and the demo system with its embedded servers is a jar of its own that the CLI finds.
 */
class CliJarIT {
    private static final Path CLI_JAR = Path.of("target", "crosscheck.jar");

    @Test
    void theCliJarHoldsNoKafkaServerJunitOrLog4jCoreClass() throws IOException {
        List<String> entries = entries(CLI_JAR);
        assertThat(entries).as("the CLI jar was built").contains("io/crosscheck/cli/Main.class");
        assertThat(entries).filteredOn(e -> e.startsWith("kafka/server/") || e.startsWith("org/junit/jupiter/")
                || e.startsWith("org/apache/logging/log4j/core/")).isEmpty();
        assertThat(entries).filteredOn(e -> e.startsWith("io/crosscheck/demo/") || e.startsWith("io/crosscheck/testkit/"))
                .isEmpty();
    }

    @Test
    void theDemoIsAJarOfItsOwnWithItsServersAndWithoutJunit() throws IOException {
        Path demo = DemoJar.locate();
        assertThat(demo.getFileName()).hasToString(DemoJar.FILE);
        List<String> entries = entries(demo);
        assertThat(entries).contains("io/crosscheck/demo/DemoSystem.class", "kafka/server/KafkaRaftServer.class",
                "io/crosscheck/testkit/kafka/KafkaBroker.class", "io/crosscheck/testkit/solr/SolrServer.class");
        assertThat(entries).filteredOn(e -> e.startsWith("org/junit/")).isEmpty();
    }

    private static List<String> entries(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
        }
    }
}
