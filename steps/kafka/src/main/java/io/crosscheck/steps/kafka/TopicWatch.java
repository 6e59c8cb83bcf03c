package io.crosscheck.steps.kafka;

import io.crosscheck.engine.support.Durations;
import io.crosscheck.engine.spi.step.StepContext;
import io.crosscheck.engine.spi.step.StepFailedException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads records with short polls and returns the moment the {@code count}-th match arrives; at the deadline it
 * fails, telling how many records it saw and showing the last few that did not match.
 */
final class TopicWatch {
    static final Duration POLL = Duration.ofMillis(20);
    static final int SHOWN_MISSES = 5;

    private final StepContext ctx;
    private final String match;
    private final int count;
    private final List<Map<String, Object>> matched = new ArrayList<>();
    private final Deque<Map<String, Object>> misses = new ArrayDeque<>();
    private long seen;
    private String matchError;

    TopicWatch(StepContext ctx, String match, int count) {
        this.ctx = ctx;
        this.match = match;
        this.count = count;
    }

    /** The matched records, once {@code count} of them arrived. */
    List<Map<String, Object>> await(KafkaConsumer<byte[], byte[]> consumer, Liveness liveness, Instant deadline)
            throws InterruptedException {
        while (true) {
            Duration left = KafkaCluster.remaining(deadline);
            if (left.isZero()) return null;
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(left.compareTo(POLL) < 0 ? left : POLL)) {
                seen++;
                Map<String, Object> record = IncomingRecord.of(r, ctx::parseJson);
                if (matches(record)) {
                    matched.add(record);
                    if (matched.size() >= count) return List.copyOf(matched);
                } else {
                    misses.addLast(record);
                    if (misses.size() > SHOWN_MISSES) misses.removeFirst();
                }
            }
            liveness.update();
            if (Thread.interrupted()) throw new InterruptedException("wait on a topic was cancelled");
        }
    }

    private boolean matches(Map<String, Object> record) {
        if (match == null) return true;
        try {
            Object result = ctx.eval(match, record);
            if (result instanceof Boolean b) return b;
            if (result != null) matchError = "match gave '" + result + "', not true or false";
            return false;
        } catch (RuntimeException e) {
            matchError = "match failed on the record at partition " + record.get("partition") + " offset "
                    + record.get("offset") + ": " + e.getMessage();
            return false;
        }
    }

    /** What the watch saw, for a message: {@code saw 3 records, 1 of 2 matching}. */
    String progress() {
        return "saw " + seen + (seen == 1 ? " record" : " records") + ", " + matched.size()
                + (count > 1 ? " of " + count : "") + " matching";
    }

    /** The failure at the deadline: what was seen, how many matched, the last records that did not. */
    StepFailedException timedOut(String topic, String from, Duration waited, Map<String, Object> request) {
        StringBuilder m = new StringBuilder();
        m.append(matched.isEmpty() ? "no matching record" : "only " + matched.size() + " of " + count + " matching records")
                .append(" on topic '").append(topic).append("' within ").append(Durations.format(waited))
                .append(" (from ").append(from);
        if (match != null) m.append(", match: ").append(match);
        if (count > 1 && matched.isEmpty()) m.append(", count: ").append(count);
        m.append("): saw ").append(seen).append(seen == 1 ? " record" : " records");
        if (matchError != null) m.append("\n").append(matchError);
        if (!misses.isEmpty()) {
            m.append("\nlast ").append(misses.size()).append(misses.size() == 1 ? " record" : " records")
                    .append(" that did not match:");
            for (Map<String, Object> r : misses) m.append("\n  ").append(line(r));
        }
        Map<String, Object> details = new LinkedHashMap<>(request);
        details.put("seen", seen);
        details.put("matched", matched.size());
        details.put("matchedRecords", List.copyOf(matched));
        details.put("lastNotMatching", List.copyOf(misses));
        if (matchError != null) details.put("matchError", matchError);
        return new StepFailedException(m.toString(), details);
    }


    private String line(Map<String, Object> r) {
        Object value = r.get("value");
        String v = value instanceof String s ? s : ctx.toJson(value);
        if (v != null && v.length() > 300) v = v.substring(0, 300) + "...";
        StringBuilder b = new StringBuilder();
        b.append("partition ").append(r.get("partition")).append(" offset ").append(r.get("offset"))
                .append(" key=").append(r.get("key")).append(" value=").append(v);
        Object headers = r.get("headers");
        if (headers instanceof Map<?, ?> h && !h.isEmpty()) b.append(" headers=").append(h);
        return b.toString();
    }
}
