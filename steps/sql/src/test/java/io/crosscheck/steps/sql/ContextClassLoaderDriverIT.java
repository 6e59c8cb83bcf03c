package io.crosscheck.steps.sql;

import io.crosscheck.steps.testkit.StepRun;
import io.crosscheck.steps.testkit.StepTestKit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A driver that only a separate class loader sees (as the CLI's loader over {@code lib/} jars) is found through the
 * thread context class loader. Failsafe leaves H2 off this JVM's class path; its jar is in target/lib-drivers.
 */
class ContextClassLoaderDriverIT {
    @TempDir
    Path dir;

    @Test
    void aDriverVisibleOnlyThroughTheContextClassLoaderServesTheQueries() throws Exception {
        assertThatThrownBy(() -> Class.forName("org.h2.Driver")).isInstanceOf(ClassNotFoundException.class);
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target", "lib-drivers"))) {
            jar = files.filter(f -> f.getFileName().toString().startsWith("h2-")).findFirst().orElseThrow();
        }
        StepTestKit p = Datasources.project(dir, Map.of("lib", "jdbc:h2:mem:lib;DB_CLOSE_DELAY=-1"))
                .file("lib.yaml", """
                        scenario: Driver from lib/
                        steps:
                          - query:
                              sql: CREATE TABLE t (id INT, name VARCHAR(20))
                          - query:
                              sql: INSERT INTO t VALUES (${1}, ${"O'Brien"})
                            expect:
                              updated: 1
                          - query:
                              sql: SELECT name FROM t WHERE id = ${1}
                            expect:
                              rows[0].NAME: O'Brien
                        """);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader lib = new URLClassLoader(new URL[] {jar.toUri().toURL()}, before)) {
            thread.setContextClassLoader(lib);
            RunResult result = Crosscheck.run(RunOptions.of(p.dir()));
            assertThat(result.passed()).as(StepRun.describe(result)).isTrue();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void withoutTheDriverTheErrorSaysWhereToPutIt() {
        StepTestKit p = Datasources.project(dir, Map.of("lib", "jdbc:h2:mem:nowhere"))
                .file("lib.yaml", """
                        scenario: No driver
                        steps:
                          - query:
                              sql: SELECT 1
                        """);
        RunResult result = Crosscheck.run(RunOptions.of(p.dir()));
        assertThat(result.scenarios().get(0).steps().get(0).error())
                .contains("no JDBC driver accepts jdbc:h2:mem:nowhere")
                .contains("put the driver's jar into lib/ beside the scenarios (or pass --classpath)");
    }
}
