package io.crosscheck.steps.kafka;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.Metric;

import java.time.Duration;

/**
 * Whether a consumer's cluster still answers, from the client's own count of responses received. An assigned
 * consumer that polls sends fetches without pause and a live broker answers each within {@code fetch.max.wait.ms},
 * records or not; a count that stops growing means the broker is gone, which polls alone never tell (they just
 * return nothing).
 */
final class Liveness {
    private final Metric responses;
    private double count;
    private long lastAnswerNanos = System.nanoTime();

    Liveness(KafkaConsumer<?, ?> consumer) {
        this.responses = consumer.metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals("response-total") && e.getKey().group().equals("consumer-metrics"))
                .map(e -> (Metric) e.getValue()).findFirst().orElse(null);
        this.count = value();
    }

    /** Call after each poll. */
    void update() {
        double now = value();
        if (now > count) {
            count = now;
            lastAnswerNanos = System.nanoTime();
        }
    }

    /** How long since the last response, or since this watch began when none came; zero if the client does not say. */
    Duration silence() {
        return responses == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - lastAnswerNanos);
    }

    private double value() {
        return responses != null && responses.metricValue() instanceof Number n ? n.doubleValue() : 0;
    }
}
