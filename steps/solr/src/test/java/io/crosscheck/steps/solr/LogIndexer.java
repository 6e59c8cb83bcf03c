package io.crosscheck.steps.solr;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The system under test of the log flow: consumes JSON log entries from a Kafka topic and adds each batch to a
 * Solr collection with {@code commitWithin}, so entries become searchable a moment after they were logged.
 */
final class LogIndexer implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI update;
    private final Thread thread;
    private final AtomicLong indexed = new AtomicLong();
    private volatile boolean running = true;

    LogIndexer(String bootstrapServers, String topic, String collectionUrl, Duration commitWithin) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "log-indexer-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        update = URI.create(collectionUrl + "/update?commitWithin=" + commitWithin.toMillis());
        thread = new Thread(this::loop, "log-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    long indexed() {
        return indexed.get();
    }

    private void loop() {
        try {
            while (running) {
                List<String> docs = new ArrayList<>();
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) docs.add(r.value());
                if (!docs.isEmpty()) post(docs);
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ZERO);
        }
    }

    /** The records' values are JSON documents: joined into one JSON array, they are one Solr update. */
    private void post(List<String> docs) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(update)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", docs) + "]")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                System.err.println("log indexer: Solr answered " + response.statusCode() + ": " + response.body());
            } else {
                indexed.addAndGet(docs.size());
            }
        } catch (Exception e) {
            System.err.println("log indexer: " + e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5000);
    }
}
