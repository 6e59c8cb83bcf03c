package io.crosscheck.steps.kafka;

import io.crosscheck.steps.testkit.StepTestKit;

import io.crosscheck.steps.testkit.StepRun;
import io.crosscheck.engine.result.Status;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.kafka.KafkaBroker;
import io.crosscheck.testkit.kafka.KafkaBrokerExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** produce and wait on a real KRaft broker, through whole scenario runs. */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaStepsIT {
    static KafkaBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(KafkaBroker b) {
        broker = b;
    }

    private static String topic(int partitions) throws Exception {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 8);
        broker.createTopic(name, partitions);
        return name;
    }

    private StepRun run(String scenarioYaml) throws Exception {
        return KafkaProject.cluster(dir, broker.bootstrapServers()).file("s.yaml", scenarioYaml).run();
    }

    private static void sendRaw(String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void produceThenWaitRoundTrip() throws Exception {
        String topic = topic(3);
        StepRun run = run("""
                scenario: round trip
                vars:
                  customerId: 4711
                steps:
                  - name: send
                    produce:
                      topic: %s
                      key: ${customerId}
                      value: { customerId: "${customerId}", to: "12 Oak St", lines: [1, 2] }
                      headers: { traceId: "${run.id}", source: crosscheck }
                  - name: receive
                    wait:
                      topic: %s
                      match: value.customerId == customerId && value.to == '12 Oak St'
                      timeout: 10s
                    save:
                      bill: records[0].value
                  - assert:
                      - bill.lines[1] == 2
                      - wait.records[0].key == '4711'
                      - wait.records[0].headers.traceId == run.id
                      - wait.records[0].partition == produce.records[0].partition
                      - wait.records[0].offset == produce.records[0].offset
                """.formatted(topic, topic));
        assertThat(run.result().passed()).as(run.result().toString()).isTrue();
        Map<String, Object> sent = StepRun.response(run.step("round trip", "send"));
        assertThat(sent).containsEntry("count", 1);
        assertThat((List<?>) sent.get("records")).singleElement()
                .satisfies(r -> assertThat(List.copyOf(((Map<?, ?>) r).keySet())).isEqualTo(List.of("partition", "offset", "timestamp")));
        StepRecord receive = run.step("round trip", "receive");
        Map<String, Object> got = StepRun.response(receive);
        assertThat(got).containsEntry("count", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> record = (Map<String, Object>) ((List<?>) got.get("records")).get(0);
        assertThat(record).containsOnlyKeys("key", "value", "headers", "partition", "offset", "timestamp");
        assertThat(record.get("value")).isEqualTo(Map.of("customerId", 4711, "to", "12 Oak St", "lines", List.of(1, 2)))
                .as("value is parsed JSON");
        assertThat((Map<String, Object>) record.get("headers")).containsEntry("traceId", run.result().id())
                .containsEntry("source", "crosscheck").containsOnlyKeys("traceId", "source", "traceparent");
        assertThat(receive.request()).containsEntry("topic", topic).containsEntry("from", "scenario-start");
    }

    @Test
    void waitIgnoresRecordsOfEarlierRuns() throws Exception {
        String topic = topic(2);
        sendRaw(topic, "k", "{\"id\":\"old\"}");
        StepRun run = run("""
                scenario: ignores old
                steps:
                  - name: new only
                    wait: { topic: %s, match: "value.id == 'old'", timeout: 1s }
                ---
                scenario: earliest sees old
                steps:
                  - name: from earliest
                    wait: { topic: %s, match: "value.id == 'old'", from: earliest, timeout: 5s }
                """.formatted(topic, topic));
        StepRecord ignored = run.step("ignores old", "new only");
        assertThat(ignored.status()).isEqualTo(Status.FAILED);
        assertThat(ignored.error()).contains("no matching record").contains("saw 0 records");
        assertThat(run.step("earliest sees old", "from earliest").status()).isEqualTo(Status.PASSED);
    }

    @Test
    void waitSeesARecordProducedAfterTheScenarioStartedButBeforeTheStepBegan() throws Exception {
        String topic = topic(3);
        sendRaw(topic, "k", "before the run");
        StepRun run = run("""
                scenario: early record
                steps:
                  - produce: { topic: %s, value: { n: 1 } }
                  - wait: { for: 300ms }
                  - name: catch it
                    wait: { topic: %s, timeout: 5s }
                  - assert:
                      - wait.records[0].value.n == 1
                ---
                scenario: topic known only later
                steps:
                  - produce: { topic: %s, value: { n: 2 } }
                    save: { later: "'%s'" }
                  - wait: { for: 100ms }
                  - name: by time
                    wait: { topic: "${later}", match: "value.n == 2", timeout: 5s }
                """.formatted(topic, topic, topic, topic));
        assertThat(run.result().passed()).as(run.result().toString()).isTrue();
        assertThat(run.step("early record", "catch it").durationMs()).isLessThan(2000);
    }

    @Test
    void waitPassesAsSoonAsTheMatchingRecordArrives() throws Exception {
        String topic = topic(1);
        Thread producer = new Thread(() -> {
            try {
                Thread.sleep(1500);
                sendRaw(topic, "late", "{\"late\":true}");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        producer.start();
        StepRun run = run("""
                scenario: arrives later
                steps:
                  - name: waits
                    wait: { topic: %s, match: value.late, timeout: 20s }
                """.formatted(topic));
        producer.join();
        StepRecord waits = run.step("arrives later", "waits");
        assertThat(waits.status()).as(waits.error()).isEqualTo(Status.PASSED);
        assertThat(waits.durationMs()).isBetween(1000L, 6000L);
    }

    @Test
    void timeoutSaysHowManyRecordsItSawAndShowsTheLastFiveThatDidNotMatch() throws Exception {
        String topic = topic(1);
        StepRun run = run("""
                scenario: no match
                steps:
                  - produce: { topic: %s, key: "k${index}", value: { n: "${index}" }, repeat: 7 }
                  - name: waits in vain
                    wait: { topic: %s, match: value.n == 99, count: 2, timeout: 1500ms }
                """.formatted(topic, topic));
        StepRecord step = run.step("no match", "waits in vain");
        assertThat(step.status()).isEqualTo(Status.FAILED);
        assertThat(step.durationMs()).isBetween(1400L, 4000L);
        assertThat(step.error())
                .contains("no matching record on topic '" + topic + "' within 1.5s")
                .contains("match: value.n == 99").contains("saw 7 records")
                .contains("last 5 records that did not match:")
                .contains("offset 2 key=k2 value={\"n\":2}").contains("offset 6 key=k6")
                .doesNotContain("offset 1 key=k1");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) step.response();
        assertThat(details).containsEntry("seen", 7L).containsEntry("matched", 0);
        assertThat((List<?>) details.get("lastNotMatching")).hasSize(5);
    }

    @Test
    void bulkProduceOfTenThousandRecords() throws Exception {
        String topic = topic(3);
        StepRun run = run("""
                scenario: bulk
                steps:
                  - name: bulk
                    produce: { topic: %s, key: "${index}", value: { n: "${index}", pad: xxxxxxxxxxxxxxxx }, repeat: 10000 }
                  - name: all there
                    wait: { topic: %s, count: 10000, timeout: 30s }
                  - assert:
                      - produce.count == 10000
                      - size(produce.records) == 1000
                      - wait.count == 10000
                """.formatted(topic, topic));
        assertThat(run.result().passed()).as(run.result().toString()).isTrue();
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1), new TopicPartition(topic, 2));
            c.assign(parts);
            c.seekToBeginning(parts);
            long deadline = System.currentTimeMillis() + 20_000;
            while (keys.size() < 10_000 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    keys.add(r.key());
                    assertThat(r.value()).isEqualTo("{\"n\":" + r.key() + ",\"pad\":\"xxxxxxxxxxxxxxxx\"}");
                }
            }
        }
        assertThat(keys).hasSize(10_000).contains("0", "9999");
    }

    @Test
    void jsonAndPlainValuesAndHeadersArriveAsWritten() throws Exception {
        String topic = topic(1);
        StepRun run = run("""
                scenario: values
                vars:
                  trace: abc-123
                steps:
                  - produce: { topic: %s, key: a, value: plain text, headers: { traceId: "${trace}", n: 7 } }
                  - produce: { topic: %s, key: b, value: '{"a": 1, "b": [true]}' }
                  - produce: { topic: %s, key: c, value: 42 }
                  - produce: { topic: %s, key: d, value: [1, "two"] }
                  - produce: { topic: %s, key: e }
                  - name: all five
                    wait: { topic: %s, count: 5, timeout: 5s }
                  - assert:
                      - wait.records[0].value == 'plain text'
                      - wait.records[0].headers.traceId == trace
                      - wait.records[0].headers.n == '7'
                      - wait.records[1].value.a == 1
                      - wait.records[1].value.b[0] == true
                      - wait.records[2].value == 42
                      - wait.records[3].value[1] == 'two'
                      - wait.records[4].value == null
                      - size(wait.records[1].headers) == 1
                      - wait.records[1].headers.traceparent =~ '00-[0-9a-f]{32}-[0-9a-f]{16}-01'
                """.formatted(topic, topic, topic, topic, topic, topic));
        assertThat(run.result().passed()).as(run.result().toString()).isTrue();
        List<String> raw = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(), new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            long deadline = System.currentTimeMillis() + 10_000;
            while (raw.size() < 5 && System.currentTimeMillis() < deadline) {
                c.poll(Duration.ofMillis(100)).forEach(r -> raw.add(r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8)));
            }
        }
        assertThat(raw).containsExactly("plain text", "{\"a\": 1, \"b\": [true]}", "42", "[1,\"two\"]", null);
    }

    @Test
    void everyProducedRecordCarriesTheScenarioRunsTraceAndAWaitCanMatchOnIt() throws Exception {
        String topic = topic(1);
        StepRun run = run("""
                scenario: traced records
                steps:
                  - produce: { topic: %s, key: a, value: one, repeat: 3 }
                  - produce: { topic: %s, key: b, value: two, headers: { traceparent: not-ours } }
                  - wait:
                      topic: %s
                      count: 3
                      match: headers.traceparent =~ ('00-' + trace.id + '-[0-9a-f]{16}-01')
                      timeout: 5s
                  - assert:
                      - size(distinct(wait.records, 'headers')) == 1
                """.formatted(topic, topic, topic));
        assertThat(run.result().passed()).as(run.result().toString()).isTrue();
        assertThat(run.result().scenarios().get(0).steps().get(1).request()).asString().contains("traceparent=not-ours");
    }

    @Test
    void partitionIsHonouredAndAMissingPartitionIsAClearFailure() throws Exception {
        String topic = topic(3);
        StepRun run = run("""
                scenario: partition
                steps:
                  - produce: { topic: %s, value: x, partition: 2 }
                  - assert:
                      - produce.records[0].partition == 2
                  - name: too far
                    produce: { topic: %s, value: x, partition: 5 }
                """.formatted(topic, topic));
        StepRecord tooFar = run.step("partition", "too far");
        assertThat(run.scenario("partition").steps().get(1).status()).isEqualTo(Status.PASSED);
        assertThat(tooFar.status()).isEqualTo(Status.FAILED);
        assertThat(tooFar.error()).contains("partition 5 does not exist").contains("3 partitions (0-2)");
    }

    @Test
    void aTopicThatDoesNotExistIsAClearErrorNotAHang() throws Exception {
        StepRun run = run("""
                scenario: no such topic
                steps:
                  - name: send
                    produce: { topic: no-such-topic, value: x }
                    timeout: 20s
                ---
                scenario: no such topic to wait on
                steps:
                  - name: wait
                    wait: { topic: no-such-topic-either, timeout: 20s }
                """);
        for (String[] s : new String[][] {{"no such topic", "send", "no-such-topic"}, {"no such topic to wait on", "wait", "no-such-topic-either"}}) {
            StepRecord step = run.step(s[0], s[1]);
            assertThat(step.status()).isEqualTo(Status.FAILED);
            assertThat(step.error()).contains("topic '" + s[2] + "' does not exist in Kafka cluster 'main'");
            assertThat(step.durationMs()).isLessThan(3000);
        }
    }

    @Test
    void aBrokerThatIsDownFailsTheStepWithinItsTimeoutAndTheNextScenarioStillRuns() throws Exception {
        int deadPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        String topic = topic(1);
        StepTestKit project = KafkaProject.of(dir, """
                main: { bootstrap.servers: "%s" }
                down: { bootstrap.servers: "127.0.0.1:%d" }
                """.formatted(broker.bootstrapServers(), deadPort));
        project.file("s.yaml", """
                scenario: a down produce
                steps:
                  - name: send
                    produce: { topic: orders, cluster: down, value: x }
                    timeout: 2s
                ---
                scenario: b down wait
                steps:
                  - name: wait
                    wait: { topic: orders, cluster: down, timeout: 2s }
                ---
                scenario: c still runs
                steps:
                  - produce: { topic: %s, cluster: main, value: ok }
                  - wait: { topic: %s, cluster: main, timeout: 5s }
                """.formatted(topic, topic));
        StepRun run = project.run();
        for (String[] s : new String[][] {{"a down produce", "send"}, {"b down wait", "wait"}}) {
            StepRecord step = run.step(s[0], s[1]);
            assertThat(step.status()).isEqualTo(Status.ERROR);
            assertThat(step.error()).contains("Kafka cluster 'down' (127.0.0.1:" + deadPort + ") does not answer")
                    .contains("is the broker running");
            assertThat(step.durationMs()).isBetween(1900L, 3500L);
        }
        assertThat(run.scenario("c still runs").status()).isEqualTo(Status.PASSED);
    }
}
