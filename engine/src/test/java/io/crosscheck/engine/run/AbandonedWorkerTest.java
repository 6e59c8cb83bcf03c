package io.crosscheck.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.ScenarioResult;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps run one after another on one worker thread; a handler that ignores being interrupted past its deadline leaves
 * its worker behind: the scenario goes on without it on a fresh one, and what the stuck handler returns later is lost.
 */
class AbandonedWorkerTest {
    static volatile CountDownLatch returned = new CountDownLatch(1);

    @TempDir
    Path dir;

    /** Ignores interrupts for CONFIG milliseconds, then answers {@code {value: late}}. */
    public static final class Stuck implements StepHandler<Object> {
        @Override
        public String verb() {
            return "stuck";
        }

        @Override
        public Parsed<Object> parse(ConfigNode node, Problems problems) {
            return node.value() == null ? null : Parsed.of(node.value());
        }

        @Override
        public StepResult execute(Object config, StepContext ctx) {
            Uninterruptibly.sleep(((Number) config).longValue());
            returned.countDown();
            return StepResult.of(Map.of("value", "late"));
        }
    }

    @Test
    @Timeout(30)
    void aHandlerStuckPastItsTimeoutIsLeftBehindAndWhatItReturnsLaterIsLost() throws Exception {
        returned = new CountDownLatch(1);
        List<String> events = new CopyOnWriteArrayList<>();
        RunResult r = run("""
                scenario: stuck handler
                vars: { marker: before }
                steps:
                  - stuck: 1200
                    timeout: 100ms
                    save: { marker: value }
                teardown:
                  - wait: { for: 1500ms }
                  - assert: [ "marker == 'before'" ]
                """, crosscheck -> crosscheck.run(new RunListener() {
                    @Override
                    public void stepFinished(String scenarioId, StepRecord step) {
                        events.add(step.verb() + " " + step.status());
                    }
                }));

        assertThat(returned.await(10, TimeUnit.SECONDS)).isTrue();
        List<StepRecord> steps = r.scenarios().get(0).steps();
        assertThat(steps).extracting(StepRecord::status).containsExactly(Status.ERROR, Status.PASSED, Status.PASSED);
        assertThat(steps.get(0).error()).isEqualTo("timed out after 100ms");
        // the teardown started on a fresh worker past the deadline and its grace, while the handler was still stuck
        assertThat(steps.get(1).startOffsetMs()).isBetween(550L, 1100L);
        assertThat(events).containsExactly("stuck ERROR", "wait PASSED", "assert PASSED");
    }

    @Test
    @Timeout(30)
    void aRunStoppedWhileAHandlerIgnoresItStillSkipsTheRestAndRunsTheTeardown() throws Exception {
        long start = System.nanoTime();
        RunResult r = run("""
                scenario: stuck when stopped
                steps:
                  - stuck: 4000
                  - assert: [ "true" ]
                teardown:
                  - assert: [ "1 == 1" ]
                """, crosscheck -> {
                    CompletableFuture<RunResult> running = CompletableFuture.supplyAsync(crosscheck::run);
                    try {
                        Thread.sleep(400);
                        crosscheck.cancel();
                        return running.get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });

        ScenarioResult s = r.scenarios().get(0);
        assertThat(r.interrupted()).isTrue();
        assertThat(s.status()).isEqualTo(Status.ERROR);
        assertThat(s.steps()).extracting(StepRecord::status).containsExactly(Status.ERROR, Status.SKIPPED, Status.PASSED);
        assertThat(s.steps().get(0).error()).isEqualTo("interrupted");
        assertThat(s.steps().get(1).error()).isEqualTo("not run: the run was interrupted");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3000);
    }

    @Test
    @Timeout(30)
    void anAttemptInterruptedAtItsTimeoutIsRetriedOnTheSameWorkerAndTheScenarioGoesOn() throws Exception {
        RunResult r = run("""
                scenario: retried timeouts
                steps:
                  - wait: { for: 10s }
                    timeout: 100ms
                    retry: { timeout: 1500ms, every: 50ms }
                teardown:
                  - assert: [ "1 == 1" ]
                """, Crosscheck::run);

        List<StepRecord> steps = r.scenarios().get(0).steps();
        assertThat(steps).extracting(StepRecord::status).containsExactly(Status.ERROR, Status.PASSED);
        assertThat(steps.get(0).error()).isEqualTo("timed out after 100ms");
        assertThat(steps.get(0).attempts()).isGreaterThanOrEqualTo(2);
        assertThat(steps.get(0).durationMs()).isLessThan(5000);
    }

    /** Plans the file with the handler above found by ServiceLoader, as a plugin jar's would be, and runs it. */
    private RunResult run(String yaml, Function<Crosscheck, RunResult> running) throws IOException {
        Files.writeString(dir.resolve("s.yaml"), yaml);
        Path services = dir.resolve("cp/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(StepHandler.class.getName()), Stuck.class.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            return running.apply(Crosscheck.prepare(RunOptions.of(dir.resolve("s.yaml"))));
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
