package io.crosscheck.steps.kafka;

import io.crosscheck.steps.testkit.StepRun;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.kafka.KafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broker that dies while scenarios use it: its own broker, not the shared one, stopped by the first test. Every
 * step that needed it is ERROR naming the cluster and saying that it does not answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokerOutageIT {
    static KafkaBroker broker;
    static String cluster;
    static boolean stopped;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        broker = KafkaBroker.start();
        broker.createTopic("orders", 2);
        cluster = "Kafka cluster 'main' (" + broker.bootstrapServers() + ")";
    }

    @AfterAll
    static void stop() {
        if (!stopped) broker.close();
    }

    private static void stopBroker() {
        broker.close();
        stopped = true;
    }

    private StepRun run(String scenario) throws Exception {
        return KafkaProject.cluster(dir, broker.bootstrapServers()).file("s.yaml", scenario).run();
    }

    private static void assertDoesNotAnswer(StepRecord step) {
        assertThat(step.status()).as(step.error()).isEqualTo(Status.ERROR);
        assertThat(step.error()).startsWith(cluster + " does not answer").contains("is the broker running");
        assertThat(step.failure()).extracting(StepError::kind, StepError::hint)
                .containsExactly(StepError.Kind.TIMEOUT, "is the broker running and bootstrap.servers right?");
    }

    @Test
    @Order(1)
    void aBrokerKilledDuringAWaitIsAnErrorNamingTheClusterAndTheProducesAfterItToo() throws Exception {
        // stops the broker a second into the wait: once the first step's record is stored
        CompletableFuture<Void> kill = CompletableFuture.runAsync(() -> {
            try {
                TopicPartition p0 = new TopicPartition("orders", 0);
                TopicPartition p1 = new TopicPartition("orders", 1);
                while (broker.admin().listOffsets(Map.of(p0, OffsetSpec.latest(), p1, OffsetSpec.latest())).all()
                        .get(10, TimeUnit.SECONDS).values().stream().mapToLong(o -> o.offset()).sum() == 0) {
                    TimeUnit.MILLISECONDS.sleep(50);
                }
                TimeUnit.SECONDS.sleep(1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                stopBroker();
            }
        });
        StepRun run = run("""
                scenario: killed during a wait
                steps:
                  - name: before
                    produce: { topic: orders, value: first }
                  - name: during
                    wait: { topic: orders, match: "value == 'never'", timeout: 6s }
                ---
                scenario: produce after
                steps:
                  - name: after
                    produce: { topic: orders, value: second }
                    timeout: 3s
                """);
        kill.get(30, TimeUnit.SECONDS);
        StepRecord before = run.step("killed during a wait", "before");
        assertThat(before.status()).as(before.error()).isEqualTo(Status.PASSED);
        StepRecord during = run.step("killed during a wait", "during");
        assertDoesNotAnswer(during);
        assertThat(during.error()).doesNotContain("no matching record");
        assertDoesNotAnswer(run.step("produce after", "after"));
    }

    @Test
    @Order(2)
    void produceToTheDeadBrokerSaysItDoesNotAnswerEveryTime() throws Exception {
        assertThat(stopped).isTrue();
        for (int i = 0; i < 3; i++) {
            StepRun run = run("""
                    scenario: produce to a dead broker
                    steps:
                      - name: send
                        produce: { topic: orders, value: x }
                        timeout: 3s
                    """);
            StepRecord step = run.step("produce to a dead broker", "send");
            assertDoesNotAnswer(step);
            assertThat(step.durationMs()).isLessThan(3500);
        }
    }
}
