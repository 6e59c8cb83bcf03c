package io.crosscheck.steps.kafka;

import io.crosscheck.engine.result.StepError;
import io.crosscheck.engine.spi.step.StepFailedException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends the records of one produce step on the shared producer and waits, until the step's deadline, for every
 * acknowledgement. Only the first {@link #KEPT} records' metadata are kept, so a bulk send stays small in memory.
 */
final class RecordSender {
    static final int KEPT = 1000;

    private final KafkaCluster cluster;
    private final String topic;

    RecordSender(KafkaCluster cluster, String topic) {
        this.cluster = cluster;
        this.topic = topic;
    }

    /** The result of a send: {@code count} acknowledged and {@code records} (partition, offset, timestamp). */
    Map<String, Object> send(RecordTemplate template, int count, int partitions, Instant deadline) throws Exception {
        KafkaProducer<byte[], byte[]> producer = cluster.producer();
        if (count > 0) cluster.awaitProducerMetadata(topic, deadline);
        RecordMetadata[] kept = new RecordMetadata[Math.min(count, KEPT)];
        CountDownLatch pending = new CountDownLatch(count);
        AtomicLong acked = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long deadlineNanos = System.nanoTime() + KafkaCluster.remaining(deadline).toNanos();
        int sent = 0;
        for (int i = 0; i < count && failure.get() == null; i++) {
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new KafkaUnavailableException(StepError.Kind.TIMEOUT, cluster.describe() + " took longer than the step's"
                        + " timeout: only " + sent + " of " + count + " records were handed to the producer", null);
            }
            ProducerRecord<byte[], byte[]> record = template.record(i);
            checkPartition(record.partition(), partitions);
            int index = i;
            try {
                producer.send(record, (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    } else {
                        acked.incrementAndGet();
                        if (index < kept.length) kept[index] = metadata;
                    }
                    pending.countDown();
                });
            } catch (KafkaException e) {
                throw failed("could not send record " + index, e);
            }
            sent++;
        }
        for (int i = sent; i < count; i++) pending.countDown(); // stopped early after a failure
        long waitNanos = deadlineNanos - System.nanoTime();
        if (!pending.await(Math.max(0, waitNanos), TimeUnit.NANOSECONDS)) {
            throw cluster.notAnswering("acknowledged only " + acked.get() + " of " + count
                    + " records to topic '" + topic + "' within the step's timeout", failure.get());
        }
        if (failure.get() != null) throw failed(acked.get() + " of " + count + " records were acknowledged", failure.get());
        return result(count, kept);
    }

    private void checkPartition(Integer partition, int partitions) throws StepFailedException {
        if (partition != null && (partition < 0 || partition >= partitions)) {
            throw new StepFailedException("partition " + partition + " does not exist: topic '" + topic + "' has "
                    + partitions + " partition" + (partitions == 1 ? " (0)" : "s (0-" + (partitions - 1) + ")"));
        }
    }

    private Exception failed(String what, Exception cause) {
        if (cause instanceof TimeoutException) {
            // the producer's own limits (max.block.ms, delivery.timeout.ms) ran out waiting for the cluster
            return cluster.notAnswering(what + " on topic '" + topic + "'", cause);
        }
        if (cause instanceof RetriableException) {
            return cluster.unavailable("failed to store records on topic '" + topic + "': " + what, cause);
        }
        StepFailedException e = new StepFailedException(cluster.describe() + " refused records for topic '" + topic
                + "': " + what + ": " + cause.getMessage());
        e.initCause(cause);
        return e;
    }

    private static Map<String, Object> result(int count, RecordMetadata[] kept) {
        List<Map<String, Object>> records = new ArrayList<>(kept.length);
        for (RecordMetadata m : kept) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("partition", m.partition());
            r.put("offset", m.offset());
            r.put("timestamp", m.timestamp());
            records.add(r);
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("count", count);
        value.put("records", records);
        return value;
    }
}
