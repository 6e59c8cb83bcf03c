package io.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A gateway and a billing service in one JDK HTTP server on 127.0.0.1 that log with the trace id of the request's
 * {@code traceparent}: the gateway as JSON records on a Kafka topic, billing as documents of a Solr core.
 * {@code POST /bills} fails in billing (500); {@code GET /health} answers 200.
 */
final class TracedServices implements AutoCloseable {
    private final HttpServer server;
    private final KafkaProducer<String, String> producer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String topic;
    private final String core;

    private TracedServices(String bootstrapServers, String topic, String core) throws IOException {
        this.topic = topic;
        this.core = core;
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/bills", this::bill);
        server.createContext("/health", this::health);
    }

    /** {@code core}: the Solr core's URL. */
    static TracedServices start(String bootstrapServers, String topic, String core) throws IOException {
        TracedServices s = new TracedServices(bootstrapServers, topic, core);
        s.server.start();
        return s;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Gateway INFO, billing ERROR (into Solr), gateway ERROR: the first error is billing's, though not the last. */
    private void bill(HttpExchange ex) throws IOException {
        String trace = traceId(ex);
        Instant t = Instant.now();
        try {
            log(trace, t, "gateway", "INFO", "POST /bills for plan gold");
            solrLog(trace, t.plusMillis(5), "billing", "ERROR", "no tariff for plan gold <b>sic</b>");
            log(trace, t.plusMillis(10), "gateway", "ERROR", "billing answered 500");
        } catch (Exception e) {
            throw new IOException(e);
        }
        respond(ex, 500, "{\"error\":\"internal\"}");
    }

    private void health(HttpExchange ex) throws IOException {
        try {
            log(traceId(ex), Instant.now(), "gateway", "INFO", "health check");
        } catch (Exception e) {
            throw new IOException(e);
        }
        respond(ex, 200, "{}");
    }

    private static String traceId(HttpExchange ex) {
        return ex.getRequestHeaders().getFirst("traceparent").split("-")[1];
    }

    private void log(String trace, Instant at, String svc, String level, String message) throws Exception {
        String value = json.writeValueAsString(Map.of("traceId", trace, "service", svc, "level", level, "message", message));
        producer.send(new ProducerRecord<>(topic, null, at.toEpochMilli(), trace, value)).get();
    }

    private void solrLog(String trace, Instant at, String svc, String level, String message) throws Exception {
        String doc = json.writeValueAsString(new Object[] {Map.of("id", trace + "-" + at.toEpochMilli(), "ts", at.toString(),
                "service", svc, "level", level, "traceId", trace, "message", message)});
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(core + "/update?commit=true"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(doc)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("Solr: " + r.statusCode() + " " + r.body());
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        producer.close();
    }
}
