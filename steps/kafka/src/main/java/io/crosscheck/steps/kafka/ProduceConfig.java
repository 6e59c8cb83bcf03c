package io.crosscheck.steps.kafka;

import io.crosscheck.engine.spi.step.Doc;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Range;
import io.crosscheck.engine.spi.step.Required;

import java.util.Map;

/**
 * A {@code produce} step, as the engine binds it and as its schema describes it. {@code key}, {@code value},
 * {@code headers}, {@code partition} and {@code repeat} are templates rendered at run time.
 */
@Doc(value = "Sends records to a Kafka topic (kafka-clients). Result: count, records (a list of {partition, offset, timestamp}).",
        examples = "{\"topic\": \"moving-requests\", \"key\": \"${customerId}\", \"value\": {\"customerId\": \"${customerId}\"}}")
public record ProduceConfig(
        @Required @Doc(value = "The topic to send to.", shape = "name", examples = "moving-requests")
        String topic,
        @Doc(value = "A connection of the environment's kafka section; optional when only one is configured.", shape = "name",
                examples = "main")
        String cluster,
        @Doc(value = "The record key (text).", examples = "${customerId}")
        Object key,
        @Doc(value = "The record value: a map or list is sent as JSON, a text as it is.",
                examples = "{\"customerId\": \"${customerId}\", \"to\": \"12 Oak St\"}")
        Object value,
        @Doc(value = "Record headers, name: text.", examples = "{\"traceId\": \"${run.id}\"}")
        Map<String, Object> headers,
        @Range(min = 0, max = Integer.MAX_VALUE) @Doc(value = "The partition to send to (default: chosen by the key).", examples = "0")
        Object partition,
        @Range(min = 1, max = Integer.MAX_VALUE)
        @Doc(value = "Bulk send: this many records; ${index} (0-based) is in scope for each.", examples = "10000")
        Object repeat,
        Position clusterPosition) {
}
