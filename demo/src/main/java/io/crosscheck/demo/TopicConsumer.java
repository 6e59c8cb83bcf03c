package io.crosscheck.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A service's consumer of one topic, in a consumer group, on its own thread: each record goes to the handler;
 * a handler's failure is logged and the record skipped, as a real service would dead-letter it.
 */
final class TopicConsumer implements AutoCloseable {
    /** What a service does with one record; {@code traceId} is its {@code traceparent}'s, else its {@code traceId} header's, else new. */
    interface Handler {
        void handle(ConsumerRecord<String, String> record, String traceId) throws Exception;
    }

    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile boolean running = true;

    TopicConsumer(String bootstrap, String group, String topic, ServiceLog log, Handler handler) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.CLIENT_ID_CONFIG, group + "-consumer"),
                new StringDeserializer(), new StringDeserializer());
        this.thread = new Thread(() -> loop(topic, log, handler), "demo-" + group + "-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the group has given this consumer its partitions, so no record is read late. */
    void awaitAssignment(Duration timeout) throws InterruptedException {
        if (!assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(thread.getName() + " got no partitions within " + timeout.toSeconds() + "s");
        }
    }

    private void loop(String topic, ServiceLog log, Handler handler) {
        try {
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(java.util.Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(java.util.Collection<TopicPartition> partitions) {
                    assigned.countDown();
                }
            });
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    String traceId = traceId(record);
                    try {
                        handler.handle(record, traceId);
                    } catch (Exception e) {
                        log.error(traceId, "cannot handle record " + record.topic() + "/" + record.partition() + "@"
                                + record.offset() + ": " + e.getMessage());
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the poll
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private static String traceId(ConsumerRecord<String, String> record) {
        return Traceparent.traceId(header(record, Traceparent.HEADER), header(record, "traceId"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
