package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.spi.step.ScenarioAware;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.engine.spi.step.StepResult;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handler that outlives its timeout reads the scope its attempt started with, whatever the scenario thread sets
 * after it; a handler opting in with {@link ScenarioAware} is told when a scenario starts.
 */
class TimedOutAttemptTest {
    static final List<Object> SEEN = new CopyOnWriteArrayList<>();
    static final List<String> FAULTS = new CopyOnWriteArrayList<>();
    static volatile CountDownLatch lingered = new CountDownLatch(1);
    static final List<Object> STARTED = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    /** Ignores its interruption and goes on reading {@code marker} well after the engine gave up on it. */
    public static final class Linger implements StepHandler<Object> {
        @Override
        public String verb() {
            return "linger";
        }

        @Override
        public Parsed<Object> parse(ConfigNode node, Problems problems) {
            return node.value() == null ? null : Parsed.of(node.value());
        }

        @Override
        public StepResult execute(Object config, StepContext ctx) {
            try {
                Uninterruptibly.sleep(800); // past the 100ms timeout and the engine's grace
                for (int i = 0; i < 60; i++) {
                    try {
                        SEEN.add(ctx.eval("marker"));
                        SEEN.add(ctx.render("${marker}", Map.of("other", i)));
                    } catch (RuntimeException e) {
                        FAULTS.add(e.toString());
                    }
                    Uninterruptibly.sleep(10);
                }
            } finally {
                lingered.countDown();
            }
            return StepResult.of(Map.of());
        }
    }

    /** Answers {@code {value: CONFIG}} and notes, as a ScenarioAware handler, each scenario's start. */
    public static final class Give implements StepHandler<Object>, ScenarioAware<Object> {
        @Override
        public String verb() {
            return "give";
        }

        @Override
        public Parsed<Object> parse(ConfigNode node, Problems problems) {
            return node.value() == null ? null : Parsed.of(node.value());
        }

        @Override
        public StepResult execute(Object config, StepContext ctx) {
            return StepResult.of(Map.of("value", config));
        }

        @Override
        public void beforeScenario(Object config, StepContext ctx) {
            STARTED.add(config + " marker=" + ctx.eval("marker"));
        }
    }

    @Test
    void aHandlerStillRunningAfterItsTimeoutReadsTheScopeItsAttemptStartedWith() throws Exception {
        SEEN.clear();
        FAULTS.clear();
        lingered = new CountDownLatch(1);
        StringBuilder teardown = new StringBuilder();
        for (int i = 2; i < 40; i++) {
            teardown.append("  - give: ").append(i).append("\n    save: { marker: value }\n  - wait: { for: 20ms }\n");
        }
        RunResult result = run("""
                scenario: A handler lingers
                vars: { marker: 1 }
                steps:
                  - linger: x
                    timeout: 100ms
                teardown:
                """ + teardown);

        assertThat(lingered.await(10, TimeUnit.SECONDS)).isTrue();
        StepRecord linger = result.scenarios().get(0).steps().get(0);
        assertThat(linger.status()).isEqualTo(Status.ERROR);
        assertThat(linger.error()).isEqualTo("timed out after 100ms");
        // the scenario thread went on saving marker 2, 3, ... meanwhile
        assertThat(result.scenarios().get(0).steps()).last().extracting(StepRecord::status).isEqualTo(Status.PASSED);
        assertThat(FAULTS).isEmpty();
        assertThat(SEEN).hasSize(120).containsOnly(1L);
    }

    @Test
    void aScenarioAwareHandlerIsToldOfEachScenarioRunBeforeItsFirstStep() throws Exception {
        STARTED.clear();
        RunResult result = run("""
                scenario: Rows
                examples: [ { marker: 7 }, { marker: 8 } ]
                steps:
                  - assert: [ "true" ]
                  - give: a
                """);

        assertThat(result.passed()).isTrue();
        assertThat(STARTED).containsExactlyInAnyOrder("a marker=7", "a marker=8");
    }

    /** Runs the file with the handlers above found by ServiceLoader, as a plugin jar's would be. */
    private RunResult run(String yaml) throws IOException {
        Files.writeString(dir.resolve("s.yaml"), yaml);
        Path services = dir.resolve("cp/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(StepHandler.class.getName()),
                Linger.class.getName() + "\n" + Give.class.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            return Crosscheck.run(RunOptions.of(dir.resolve("s.yaml")));
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
