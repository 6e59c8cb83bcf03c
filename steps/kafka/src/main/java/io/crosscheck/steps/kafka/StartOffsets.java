package io.crosscheck.steps.kafka;

import io.crosscheck.steps.kafka.WaitTopicConfig.From;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a wait starts reading each partition. For {@code scenario-start} the topic's end offsets are taken when the
 * scenario starts (kept in the scenario's state); a partition without that snapshot starts at the first record
 * stamped at or after the scenario's start ({@code offsetsForTimes}), or at its end when there is none.
 */
final class StartOffsets {
    private StartOffsets() {
    }

    static String stateKey(String cluster, String topic) {
        return "kafka.scenario-start-offsets/" + cluster + "/" + topic;
    }

    /**
     * Takes the topic's start offsets into the scenario's state, once per cluster and topic: its end offsets now, or
     * the first record stamped at or after the scenario's start when one arrived since (the scenario started a
     * moment before this runs). Best effort.
     */
    static void snapshot(KafkaCluster cluster, String topic, Map<String, Object> state, Instant scenarioStart,
                         Duration limit) throws Exception {
        String key = stateKey(cluster.name(), topic);
        if (state.containsKey(key)) return;
        Instant deadline = Instant.now().plus(limit);
        List<TopicPartition> partitions = cluster.partitions(topic, deadline);
        KafkaConsumer<byte[], byte[]> consumer = cluster.borrowConsumer();
        boolean healthy = false;
        try {
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, KafkaCluster.remaining(deadline));
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(tp -> times.put(tp, scenarioStart.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> since = consumer.offsetsForTimes(times, KafkaCluster.remaining(deadline));
            Map<Integer, Long> byPartition = new HashMap<>();
            ends.forEach((tp, end) -> {
                OffsetAndTimestamp first = since.get(tp);
                byPartition.put(tp.partition(), first == null ? end : Math.min(end, first.offset()));
            });
            state.put(key, Map.copyOf(byPartition));
            healthy = true;
        } finally {
            cluster.release(consumer, healthy);
        }
    }

    /** Seeks the consumer (assigned to {@code partitions}) and returns the start offset of each partition. */
    static Map<Integer, Long> seek(KafkaCluster cluster, KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
                                  From from, Map<String, Object> state, Instant scenarioStart, Instant deadline)
            throws KafkaUnavailableException {
        try {
            Map<TopicPartition, Long> start = switch (from) {
                case EARLIEST -> consumer.beginningOffsets(partitions, KafkaCluster.remaining(deadline));
                case LATEST -> consumer.endOffsets(partitions, KafkaCluster.remaining(deadline));
                case SCENARIO_START -> scenarioStart(cluster, consumer, partitions, state, scenarioStart, deadline);
            };
            Map<Integer, Long> out = new LinkedHashMap<>();
            for (TopicPartition tp : partitions) {
                long offset = start.get(tp);
                consumer.seek(tp, offset);
                out.put(tp.partition(), offset);
            }
            return out;
        } catch (TimeoutException e) {
            throw cluster.notAnswering("no reply within the step's timeout while looking up offsets of topic '"
                    + partitions.get(0).topic() + "'", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<TopicPartition, Long> scenarioStart(KafkaCluster cluster, KafkaConsumer<byte[], byte[]> consumer,
                                                           List<TopicPartition> partitions, Map<String, Object> state,
                                                           Instant scenarioStart, Instant deadline) {
        String topic = partitions.get(0).topic();
        Map<Integer, Long> snapshot = (Map<Integer, Long>) state.getOrDefault(stateKey(cluster.name(), topic), Map.of());
        Map<TopicPartition, Long> start = new HashMap<>();
        Map<TopicPartition, Long> byTime = new HashMap<>();
        for (TopicPartition tp : partitions) {
            Long offset = snapshot.get(tp.partition());
            if (offset != null) start.put(tp, offset);
            else byTime.put(tp, scenarioStart.toEpochMilli());
        }
        if (!byTime.isEmpty()) {
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(byTime, KafkaCluster.remaining(deadline));
            List<TopicPartition> none = byTime.keySet().stream().filter(tp -> found.get(tp) == null).toList();
            found.forEach((tp, ot) -> { if (ot != null) start.put(tp, ot.offset()); });
            if (!none.isEmpty()) start.putAll(consumer.endOffsets(none, KafkaCluster.remaining(deadline)));
        }
        return start;
    }
}
