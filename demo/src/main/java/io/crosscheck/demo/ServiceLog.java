package io.crosscheck.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A service's log, written as JSON records to the {@value Topics#SERVICE_LOGS} topic:
 * {@code {id, ts, service, level, traceId, message}}, keyed by trace id, with a {@code traceId} header.
 */
final class ServiceLog {
    private final Producer<String, String> producer;
    private final String service;

    ServiceLog(Producer<String, String> producer, String service) {
        this.producer = producer;
        this.service = service;
    }

    void info(String traceId, String message) {
        write("INFO", traceId, message);
    }

    void warn(String traceId, String message) {
        write("WARN", traceId, message);
    }

    void error(String traceId, String message) {
        write("ERROR", traceId, message);
    }

    private void write(String level, String traceId, String message) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", UUID.randomUUID().toString());
        entry.put("ts", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        entry.put("service", service);
        entry.put("level", level);
        entry.put("traceId", traceId);
        entry.put("message", message);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.SERVICE_LOGS, traceId, json(entry));
        Traceparent.carry(record.headers(), traceId);
        producer.send(record); // fire and forget: logging never blocks a request
    }

    private static String json(Object value) {
        try {
            return JsonHttpServer.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
