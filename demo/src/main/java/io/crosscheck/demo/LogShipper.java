package io.crosscheck.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Ships every log topic ({@code *-logs}) into the Solr core {@code logs}: each poll's records are one update
 * with {@code commitWithin}, so an entry is searchable about a second after it was logged. The core's fields are
 * {@code id, ts, level, service, traceId, message}; any other field is kept as text in {@code <name>_s}.
 */
final class LogShipper implements AutoCloseable {
    static final Pattern LOG_TOPICS = Pattern.compile(".*-logs");
    private static final Set<String> FIELDS = Set.of("id", "ts", "level", "service", "traceId", "message");

    private final KafkaConsumer<String, String> consumer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI update;
    private final Thread thread;
    private volatile boolean running = true;

    LogShipper(String bootstrap, String coreUrl) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "log-shipper",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5_000), // notices new log topics within seconds
                new StringDeserializer(), new StringDeserializer());
        this.update = URI.create(coreUrl + "/update?commitWithin=500");
        this.thread = new Thread(this::loop, "demo-log-shipper");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        try {
            consumer.subscribe(LOG_TOPICS);
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) ship(records);
            }
        } catch (WakeupException stopping) {
            // close() woke the poll
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void ship(ConsumerRecords<String, String> records) {
        StringBuilder docs = new StringBuilder("[");
        for (ConsumerRecord<String, String> r : records) {
            if (docs.length() > 1) docs.append(',');
            docs.append(document(r));
        }
        docs.append(']');
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(update).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(docs.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                System.err.println("demo log shipper: Solr answered " + response.statusCode() + ": " + response.body());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            System.err.println("demo log shipper: " + e);
        }
    }

    /** A record as a Solr document; a value that is not a JSON object becomes the message. */
    static String document(ConsumerRecord<String, String> r) {
        ObjectNode doc = JsonHttpServer.JSON.createObjectNode();
        JsonNode value;
        try {
            value = JsonHttpServer.JSON.readTree(r.value() == null ? "null" : r.value());
        } catch (Exception e) {
            value = null;
        }
        if (value instanceof ObjectNode fields) {
            for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getValue().isNull()) continue;
                if (FIELDS.contains(f.getKey())) doc.set(f.getKey(), f.getValue());
                else doc.put(f.getKey() + "_s", f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
            }
        } else {
            doc.put("message", String.valueOf(r.value()));
        }
        if (!doc.has("id")) doc.put("id", r.topic() + "-" + r.partition() + "-" + r.offset());
        if (!doc.has("ts")) doc.put("ts", Instant.ofEpochMilli(r.timestamp()).truncatedTo(ChronoUnit.MILLIS).toString());
        return doc.toString();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5_000);
    }
}
