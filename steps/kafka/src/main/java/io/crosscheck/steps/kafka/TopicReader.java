package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.StepContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a topic from where a wait would start ({@code from}) to its end offsets taken now, keeping the records that
 * match, at most {@code limit}: what is there, with no waiting for more. Stops at the context's deadline.
 */
final class TopicReader {
    private TopicReader() {
    }

    static List<Map<String, Object>> read(WaitTopicConfig config, StepContext ctx, int limit) throws Exception {
        Instant deadline = ctx.deadline();
        String topic = ctx.renderText(config.topic());
        KafkaCluster cluster = Clusters.of(ctx, config.cluster());
        List<TopicPartition> partitions = cluster.partitions(topic, deadline);
        KafkaConsumer<byte[], byte[]> consumer = cluster.borrowConsumer();
        boolean healthy = false;
        try {
            consumer.assign(partitions);
            StartOffsets.seek(cluster, consumer, partitions, config.from(), ctx.scenarioState(), ctx.scenario().startedAt(),
                    deadline);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, KafkaCluster.remaining(deadline));
            List<Map<String, Object>> matched = new ArrayList<>();
            while (matched.size() < limit && !reachedEnd(consumer, ends)) {
                Duration left = KafkaCluster.remaining(deadline);
                if (left.isZero()) break;
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(left.compareTo(TopicWatch.POLL) < 0 ? left : TopicWatch.POLL)) {
                    if (r.offset() >= ends.get(new TopicPartition(r.topic(), r.partition()))) continue;
                    Map<String, Object> record = IncomingRecord.of(r, ctx::parseJson);
                    if (matches(config.match(), record, ctx)) matched.add(record);
                    if (matched.size() >= limit) break;
                }
                if (Thread.interrupted()) throw new InterruptedException("reading topic '" + topic + "' was cancelled");
            }
            healthy = true;
            return matched;
        } finally {
            cluster.release(consumer, healthy);
        }
    }

    /** A record the match cannot be evaluated on (plain text where JSON was meant) is not evidence of the run. */
    private static boolean matches(String match, Map<String, Object> record, StepContext ctx) {
        if (match == null) return true;
        try {
            return Boolean.TRUE.equals(ctx.eval(match, record));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) return false;
        }
        return true;
    }
}
