package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.Position;
import io.crosscheck.engine.spi.Required;

import java.util.Map;

/**
 * A parsed {@code produce} step. {@code key}, {@code value}, {@code headers}, {@code partition} and {@code repeat}
 * are templates rendered at run time ({@code partition}/{@code repeat} are a whole number or a {@code ${...}}).
 */
public record ProduceConfig(
        String topic,
        String cluster,
        Object key,
        Object value,
        Map<String, Object> headers,
        Object partition,
        Object repeat,
        Position clusterPosition) {

    /** The keys as written in YAML. */
    public record Yaml(
            @Required String topic,
            String cluster,
            Object key,
            Object value,
            Map<String, Object> headers,
            Object partition,
            Object repeat) {
    }
}
