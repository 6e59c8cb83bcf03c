package io.crosscheck.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.expect.Matchers;
import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Parsed;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepHandler;
import io.crosscheck.engine.spi.step.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning starts each handler's warm-up once, off the planning thread, and a failing warm-up changes nothing. */
class HandlerWarmUpTest {
    @TempDir
    Path dir;

    /** A verb whose warm-up is counted; {@code execute} is never reached by planning. */
    abstract static class Counted implements StepHandler<String> {
        final AtomicInteger calls = new AtomicInteger();
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final CountDownLatch warmedUp = new CountDownLatch(1);

        @Override
        public Parsed<String> parse(ConfigNode node, Problems problems) {
            return Parsed.of(node.text());
        }

        @Override
        public StepResult execute(String config, StepContext ctx) {
            throw new UnsupportedOperationException("not run by planning");
        }

        @Override
        public void warmUp() {
            calls.incrementAndGet();
            threads.add(Thread.currentThread().getName());
            warmedUp.countDown();
        }
    }

    static final class Ping extends Counted {
        @Override
        public String verb() {
            return "ping";
        }
    }

    static final class Pong extends Counted {
        @Override
        public String verb() {
            return "pong";
        }

        @Override
        public void warmUp() {
            super.warmUp();
            throw new IllegalStateException("no library here");
        }
    }

    private List<String> plan(StepHandler<?> handler, String verb) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "scenario: a\nsteps:\n  - " + verb + ": one\n  - " + verb + ": two\n");
        Files.writeString(dir.resolve("b.yaml"), "scenario: b\nsteps:\n  - " + verb + ": three\n");
        ExpressionEngine expressions = new ExpressionEngine(new Secrets(Map.of()));
        Planner planner = new Planner(StepRegistry.of(List.of(handler)), expressions, new Matchers(expressions), null);
        return planner.plan(RunOptions.of(dir).plan()).problems().list().stream().map(p -> p.message()).toList();
    }

    @Test
    void aHandlerIsWarmedUpOnceOnAThreadOfItsOwnHoweverManyStepsUseIt() throws Exception {
        Ping ping = new Ping();
        String planning = Thread.currentThread().getName();

        assertThat(plan(ping, "ping")).isEmpty();
        Ping again = new Ping();
        assertThat(plan(again, "ping")).isEmpty(); // a second plan in this JVM: the class is warm already

        assertThat(ping.warmedUp.await(10, TimeUnit.SECONDS)).isTrue();
        TimeUnit.MILLISECONDS.sleep(100); // room for a wrong second call to show
        assertThat(ping.calls).hasValue(1);
        assertThat(again.calls).hasValue(0);
        assertThat(ping.threads).containsExactly("crosscheck-warm-up-ping").doesNotContain(planning);
    }

    @Test
    void aWarmUpThatFailsLeavesThePlanAsItWas() throws Exception {
        Pong pong = new Pong();

        assertThat(plan(pong, "pong")).isEmpty();

        assertThat(pong.warmedUp.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pong.calls).hasValue(1);
    }
}
