package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code ./crosscheck} script starts the JVM with its own collector and heap sizes unless the user's options pick
 * them: the JVM refuses two collectors, and a first heap above a largest one given, so the user's choice replaces the
 * script's instead of stopping the JVM from starting.
 */
class LauncherScriptIT {
    private static final Path SCRIPT = Path.of("..", "crosscheck").toAbsolutePath().normalize();

    /** The exit code and console of {@code ./crosscheck --version} with the flags the JVM ended up with. */
    private record Started(int exitCode, String console) {}

    private static Started version(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), "--version").redirectErrorStream(true);
        builder.environment().keySet().removeAll(List.of("CROSSCHECK_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Started(process.exitValue(), console);
    }

    @Test
    @Timeout(120)
    void withoutOptionsOfTheUsersTheScriptPicksTheSerialCollectorAndASmallYoungGeneration() throws Exception {
        Started started = version(Map.of("CROSSCHECK_JAVA_OPTS", "-XX:+PrintCommandLineFlags"));

        assertThat(started.exitCode()).as(started.console()).isZero();
        assertThat(started.console()).contains("-XX:+UseSerialGC", "-XX:NewSize=10485760", "-XX:InitialHeapSize=134217728",
                "crosscheck ");
    }

    @Test
    @Timeout(120)
    void aCollectorAndAHeapTheUserPicksReplaceTheScriptsOwn() throws Exception {
        Started started = version(Map.of("CROSSCHECK_JAVA_OPTS", "-XX:+UseG1GC -Xmx64m -XX:+PrintCommandLineFlags"));

        assertThat(started.exitCode()).as(started.console()).isZero();
        assertThat(started.console()).contains("-XX:+UseG1GC", "-XX:MaxHeapSize=67108864", "crosscheck ")
                .doesNotContain("-XX:+UseSerialGC", "-XX:NewSize=10485760");
    }

    @Test
    @Timeout(120)
    void aLargestHeapInTheJavaToolOptionsIsNotUndercutByTheScriptsFirstHeap() throws Exception {
        Started started = version(Map.of("JAVA_TOOL_OPTIONS", "-Xmx48m", "CROSSCHECK_JAVA_OPTS", "-XX:+PrintCommandLineFlags"));

        assertThat(started.exitCode()).as(started.console()).isZero();
        assertThat(started.console()).contains("-XX:MaxHeapSize=50331648", "-XX:+UseSerialGC");
    }
}
