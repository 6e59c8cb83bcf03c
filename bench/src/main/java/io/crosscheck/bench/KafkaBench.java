package io.crosscheck.bench;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.report.RunListener;
import io.crosscheck.engine.result.RunResult;
import io.crosscheck.engine.result.StepRecord;
import io.crosscheck.testkit.kafka.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Kafka steps against plain kafka-clients on one in-process KRaft broker.
 * (1) wait latency: a record is produced while a {@code wait} step polls for it; the time from the send to the step
 *     passing, p50/p99 over 200 records, next to a raw consumer loop (assign + poll) doing the same.
 * Arguments: {@code latency} and/or {@code bulk} (default both).
 * (2) bulk produce: {@code repeat: 100000} of 1 KB values (a fixed value, and one rendered per record with
 *     {@code ${index}}) against a raw KafkaProducer loop with the same settings and the same bytes (each record with
 *     the step's {@code traceparent} header), run in turn (A B A B) for 5 rounds after two to warm up; the throughput
 *     ratio of the medians, each round's own ratio and their median.
 */
public final class KafkaBench {
    private static final int WAITS = 200;
    private static final int BULK = 100_000;
    private static final int BULK_ROUNDS = 5;
    private static final int BULK_WARM_UPS = 2;
    private static final int BULK_PARTITIONS = 3;
    private static final String PAD = "x".repeat(1000);

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("kafkabench");
        try (KafkaBroker broker = KafkaBroker.start(work, Map.of())) {
            System.out.printf("broker: in-process KRaft %s, started in %d ms%n", broker.bootstrapServers(), broker.startTime().toMillis());
            Files.writeString(work.resolve("crosscheck.yaml"), "defaults: { timeout: 60s }\nenvironments:\n  local:\n"
                    + "    kafka: { main: { bootstrap.servers: \"" + broker.bootstrapServers() + "\" } }\n");
            List<String> parts = args.length == 0 ? List.of("latency", "bulk") : List.of(args);
            if (parts.contains("latency")) waitLatency(broker, work);
            if (parts.contains("bulk")) {
                bulk(broker, work, false);
                bulk(broker, work, true);
            }
        }
    }

    // ---- (1) wait latency

    private static void waitLatency(KafkaBroker broker, Path work) throws Exception {
        for (int round = 0; round < 2; round++) {   // the second round counts; the first warms the JIT
            long[] perScenario = toolWaits(broker, work, "a" + round, true);
            long[] oneScenario = toolWaits(broker, work, "b" + round, false);
            long[] raw = rawWaits(broker, round);
            if (round == 1) {
                System.out.printf("wait latency, send -> step passes, %d records:%n", WAITS);
                System.out.printf("  crosscheck, a scenario per record (wait from scenario-start): p50 %.1f ms, p99 %.1f ms%n",
                        pct(perScenario, 50), pct(perScenario, 99));
                System.out.printf("  crosscheck, %d waits in one scenario (each re-reads the scenario's earlier records): p50 %.1f ms, p99 %.1f ms%n",
                        WAITS, pct(oneScenario, 50), pct(oneScenario, 99));
                System.out.printf("  raw kafka-clients consumer loop (assign, poll 20 ms): p50 %.1f ms, p99 %.1f ms; p50 ratio %.2f%n",
                        pct(raw, 50), pct(raw, 99), pct(perScenario, 50) / pct(raw, 50));
            }
        }
    }

    /** Sends record i once scenario i has started (or wait i began, in one scenario) and times it to the step's end. */
    private static long[] toolWaits(KafkaBroker broker, Path work, String name, boolean scenarioPerRecord) throws Exception {
        String topic = "latency-" + name;
        broker.createTopic(topic, 1);
        Path dir = Files.createDirectories(work.resolve("latency-" + name));
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < WAITS; i++) {
            if (scenarioPerRecord) yaml.append(i == 0 ? "" : "---\n").append("scenario: latency ").append(i).append("\nsteps:\n");
            else if (i == 0) yaml.append("scenario: latency\nsteps:\n");
            yaml.append("  - wait: { topic: ").append(topic).append(", match: \"value.i == ").append(i).append("\", timeout: 10s }\n");
        }
        Files.writeString(dir.resolve("latency.yaml"), yaml);
        long[] latency = new long[WAITS];
        LinkedBlockingQueue<Long> finished = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Long> started = new LinkedBlockingQueue<>();
        RunListener listener = new RunListener() {
            @Override
            public void scenarioStarted(String id, String scenario, io.crosscheck.engine.result.Position position) {
                started.add(System.nanoTime());
            }

            @Override
            public void stepFinished(String scenario, StepRecord step) {
                finished.add(System.nanoTime());
            }
        };
        AtomicReference<RunResult> result = new AtomicReference<>();
        Thread runner = new Thread(() -> result.set(Crosscheck.run(RunOptions.of(dir), listener)));
        try (KafkaProducer<byte[], byte[]> producer = producer(broker)) {
            runner.start();
            for (int i = 0; i < WAITS; i++) {
                if ((scenarioPerRecord || i == 0) && started.poll(60, TimeUnit.SECONDS) == null) {
                    throw new IllegalStateException("scenario " + i + " did not start");
                }
                Thread.sleep(20);   // let the step start polling
                long sentAt = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, ("{\"i\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
                Long done = finished.poll(15, TimeUnit.SECONDS);
                if (done == null) throw new IllegalStateException("wait step " + i + " did not finish");
                latency[i] = done - sentAt;
            }
            runner.join();
        }
        if (!result.get().passed()) throw new IllegalStateException("latency scenario failed: " + result.get().scenarios().get(0).message());
        return latency;
    }

    private static long[] rawWaits(KafkaBroker broker, int round) throws Exception {
        String topic = "latency-raw-" + round;
        broker.createTopic(topic, 1);
        long[] latency = new long[WAITS];
        LinkedBlockingQueue<Long> seen = new LinkedBlockingQueue<>();
        CountDownLatch polling = new CountDownLatch(1);
        Thread loop = new Thread(() -> {
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                TopicPartition tp = new TopicPartition(topic, 0);
                c.assign(List.of(tp));
                c.seekToEnd(List.of(tp));
                c.position(tp);
                polling.countDown();
                int got = 0;
                while (got < WAITS) {
                    for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(20))) {
                        String v = new String(r.value(), StandardCharsets.UTF_8);
                        if (v.equals("{\"i\":" + got + "}")) {
                            seen.add(System.nanoTime());
                            got++;
                        }
                    }
                }
            }
        });
        loop.start();
        polling.await();
        try (KafkaProducer<byte[], byte[]> producer = producer(broker)) {
            for (int i = 0; i < WAITS; i++) {
                Thread.sleep(20);
                long t0 = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, ("{\"i\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
                Long done = seen.poll(15, TimeUnit.SECONDS);
                if (done == null) throw new IllegalStateException("raw loop missed record " + i);
                latency[i] = done - t0;
            }
        }
        loop.join();
        return latency;
    }

    // ---- (2) bulk produce

    private static void bulk(KafkaBroker broker, Path work, boolean perRecord) throws Exception {
        String what = perRecord ? "value rendered per record ({i: ${index}, pad: 1000 chars})" : "fixed 1 KB value";
        double[] tool = new double[BULK_ROUNDS];
        double[] raw = new double[BULK_ROUNDS];
        // A B A B; the first pairs warm the JIT, which compiles the in-process broker too
        for (int round = -BULK_WARM_UPS; round < BULK_ROUNDS; round++) {
            String topic = "bulk-" + (perRecord ? "t" : "f") + "-" + (round + BULK_WARM_UPS);
            broker.createTopic(topic, BULK_PARTITIONS);
            Path dir = Files.createDirectories(work.resolve(topic));
            String value = perRecord ? "{ i: \"${index}\", pad: " + PAD + " }" : "'" + PAD + "xxxxxxxxxxxxxxxxxxxxxxxx'";
            Files.writeString(dir.resolve("bulk.yaml"), "scenario: bulk\nsteps:\n  - produce: { topic: " + topic
                    + ", value: " + value + ", repeat: " + BULK + " }\n");
            RunResult result = Crosscheck.run(RunOptions.of(dir));
            if (!result.passed()) throw new IllegalStateException("bulk scenario failed: " + result.scenarios().get(0).message());
            double toolMs = stepMs(result);

            String rawTopic = topic + "-raw";
            broker.createTopic(rawTopic, BULK_PARTITIONS);
            long t1 = System.nanoTime();
            rawProduce(broker, rawTopic, perRecord);
            double rawMs = (System.nanoTime() - t1) / 1e6;
            broker.deleteTopic(topic);
            broker.deleteTopic(rawTopic);
            if (round >= 0) {
                tool[round] = toolMs;
                raw[round] = rawMs;
            }
        }
        double toolMs = Medians.of(tool);
        double rawMs = Medians.of(raw);
        double[] ratios = Medians.ratios(raw, tool);
        System.out.printf("bulk produce, %d records, %s, medians of %d: crosscheck step %.0f ms (%.0f records/s),"
                        + " raw KafkaProducer loop %.0f ms (%.0f records/s), throughput ratio %.2f (target >= 0.9);"
                        + " the rounds' own ratios %s, their median %.2f%n", BULK, what, BULK_ROUNDS, toolMs,
                BULK / toolMs * 1000, rawMs, BULK / rawMs * 1000, rawMs / toolMs, Medians.list(ratios), Medians.of(ratios));
    }

    private static double stepMs(RunResult result) {
        return result.scenarios().get(0).steps().get(0).durationMs();
    }

    private static void rawProduce(KafkaBroker broker, String topic, boolean perRecord) throws Exception {
        byte[] fixed = (PAD + "xxxxxxxxxxxxxxxxxxxxxxxx").getBytes(StandardCharsets.UTF_8);
        // the same bytes as the step's records: each carries the step's W3C trace header
        HexFormat hex = HexFormat.of();
        Random random = new Random();
        byte[] traceId = new byte[16];
        byte[] spanId = new byte[8];
        random.nextBytes(traceId);
        random.nextBytes(spanId);
        List<Header> trace = List.of(new RecordHeader("traceparent",
                ("00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01").getBytes(StandardCharsets.UTF_8)));
        CountDownLatch acked = new CountDownLatch(BULK);
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicIntegerArray perPartition = new AtomicIntegerArray(BULK_PARTITIONS);
        // a producer made per run, as the step's connection is
        try (KafkaProducer<byte[], byte[]> producer = producer(broker)) {
            producer.partitionsFor(topic); // as the step does: the topic's metadata first, then the records
            for (int i = 0; i < BULK; i++) {
                byte[] value = perRecord ? ("{\"i\":" + i + ",\"pad\":\"" + PAD + "\"}").getBytes(StandardCharsets.UTF_8) : fixed;
                producer.send(new ProducerRecord<>(topic, null, null, null, value, trace), (m, e) -> {
                    if (e != null) failure.compareAndSet(null, e);
                    else perPartition.incrementAndGet(m.partition());
                    acked.countDown();
                });
            }
            if (!acked.await(120, TimeUnit.SECONDS) || failure.get() != null) {
                throw new IllegalStateException("raw bulk send failed: acknowledged per partition " + perPartition
                        + ", producer " + stallMetrics(producer), failure.get());
            }
        }
    }

    /** What a stalled producer says of its requests, to tell a lost response from a batch never sent. */
    private static Map<String, Object> stallMetrics(KafkaProducer<byte[], byte[]> producer) {
        Map<String, Object> out = new TreeMap<>();
        List<String> names = List.of("requests-in-flight", "record-retry-total", "record-error-total", "request-total",
                "response-total", "metadata-age", "buffer-available-bytes", "waiting-threads", "connection-count");
        producer.metrics().forEach((name, metric) -> {
            if (name.group().equals("producer-metrics") && names.contains(name.name())) {
                out.put(name.name(), metric.metricValue());
            }
        });
        return out;
    }

    /** The same settings the produce step uses: acks=all, linger.ms=0. */
    private static KafkaProducer<byte[], byte[]> producer(KafkaBroker broker) {
        return new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers(), "acks", "all", "linger.ms", "0"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static double pct(long[] nanos, int p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int idx = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, idx))] / 1e6;
    }
}
