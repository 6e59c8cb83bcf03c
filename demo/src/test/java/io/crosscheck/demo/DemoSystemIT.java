package io.crosscheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo system with plain clients (JDK HTTP, kafka-clients, JDBC over H2's TCP server): what scenarios rely on. */
@ExtendWith(DemoSystemExtension.class)
class DemoSystemIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void customerProfileListsInactiveCustomersFromItsTable(DemoSystem demo) throws Exception {
        HttpResponse<String> r = get(demo.url("profile") + "/customers?active=false", Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        JSON.readTree(r.body()).forEach(c -> ids.add(c.get("customer_id").asLong()));
        assertThat(ids).containsExactly(1003L, 1006L, 1008L, 1011L);
        assertThat(JSON.readTree(r.body()).get(0).get("created_date").asText()).isEqualTo("2020-01-09");
        assertThat(count(demo, "profile", "SELECT count(*) FROM customer_profile WHERE is_active = FALSE")).isEqualTo(4);
    }

    @Test
    void postingACustomerAnswers201AndStoresTheRow(DemoSystem demo) throws Exception {
        long id = ThreadLocalRandom.current().nextLong(100_000, 999_999);
        String body = JSON.writeValueAsString(Map.of("customer_id", id, "first_name", "Lise", "last_name", "Meitner",
                "email", "lise-" + id + "@example.com", "is_active", false));
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(demo.url("profile") + "/customers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/customers/" + id);
        assertThat(JSON.readTree(created.body()).get("is_active").asBoolean()).isFalse();
        assertThat(count(demo, "profile", "SELECT count(*) FROM customer_profile WHERE customer_id = " + id)).isEqualTo(1);
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(demo.url("profile") + "/customers"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(409);
        HttpResponse<String> gone = HTTP.send(HttpRequest.newBuilder(URI.create(demo.url("profile") + "/customers/" + id))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gone.statusCode()).isEqualTo(204);
        assertThat(get(demo.url("profile") + "/customers/" + id, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void aMovingRequestEndsAsAnIssuedFinalBill(DemoSystem demo) throws Exception {
        String traceId = UUID.randomUUID().toString();
        try (KafkaConsumer<String, String> events = consumer(demo, "billing-events")) {
            produce(demo, "moving-requests", "1002", """
                    {"customerId": 1002, "fromAddress": "1 Elm St", "toAddress": "12 Oak St", "moveDate": "2025-07-01",
                     "finalReadingKwh": 350.5}""", traceId);
            ConsumerRecord<String, String> event = awaitRecord(events, r -> r.value().contains("\"customerId\":1002"));
            JsonNode bill = JSON.readTree(event.value());
            assertThat(bill.get("type").asText()).isEqualTo("FINAL_BILL");
            assertThat(bill.get("amount").decimalValue()).isEqualByComparingTo("110.64"); // 350.5 * 0.28 + 12.50
            assertThat(new String(event.headers().lastHeader("traceId").value(), StandardCharsets.UTF_8)).isEqualTo(traceId);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (count(demo, "billing", "SELECT count(*) FROM bills WHERE status = 'ISSUED' AND customer_id = 1002") == 0) {
            assertThat(System.nanoTime()).as("bill issued within 20s").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(count(demo, "moving", "SELECT count(*) FROM moves WHERE status = 'COMPLETED' AND trace_id = '" + traceId + "'"))
                .isEqualTo(1);
        HttpResponse<String> unauthorized = get(demo.url("billing") + "/bills?customerId=1002", Map.of());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        HttpResponse<String> bills = get(demo.url("billing") + "/bills?customerId=1002",
                Map.of("Authorization", "Bearer " + DemoSystemExtension.TOKEN));
        assertThat(bills.statusCode()).isEqualTo(200);
        JsonNode first = JSON.readTree(bills.body()).get(0);
        assertThat(first.get("status").asText()).isEqualTo("ISSUED");
        assertThat(new BigDecimal(first.get("amount").asText())).isEqualByComparingTo("110.64");
    }

    @Test
    void aRequestForAnInactiveCustomerIsRejectedAndLoggedAsAnError(DemoSystem demo) throws Exception {
        String traceId = UUID.randomUUID().toString();
        try (KafkaConsumer<String, String> logs = consumer(demo, "service-logs")) {
            produce(demo, "moving-requests", "1003", """
                    {"customerId": 1003, "fromAddress": "3 Ash St", "toAddress": "4 Fir St", "finalReadingKwh": 10}""", traceId);
            ConsumerRecord<String, String> error = awaitRecord(logs,
                    r -> r.value().contains(traceId) && r.value().contains("\"level\":\"ERROR\""));
            JsonNode entry = JSON.readTree(error.value());
            assertThat(entry.get("service").asText()).isEqualTo("moving");
            assertThat(entry.get("message").asText()).isEqualTo("moving request rejected: customer 1003 is not active");
        }
        assertThat(count(demo, "moving", "SELECT count(*) FROM moves WHERE status = 'REJECTED' AND trace_id = '" + traceId + "'"))
                .isEqualTo(1);
        // the log shipper makes the entry searchable in Solr by its trace id
        String q = java.net.URLEncoder.encode("traceId:\"" + traceId + "\" AND level:ERROR", StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode found;
        do {
            assertThat(System.nanoTime()).as("indexed in Solr within 20s").isLessThan(deadline);
            Thread.sleep(200);
            found = JSON.readTree(get(demo.solrUrl() + "/logs/select?wt=json&q=" + q, Map.of()).body()).get("response");
        } while (found.get("numFound").asLong() == 0);
        assertThat(found.get("docs").get(0).get("service").asText()).isEqualTo("moving");
    }

    @Test
    void consumptionAndFeedServeTheirSeededData(DemoSystem demo) throws Exception {
        JsonNode total = JSON.readTree(get(demo.url("consumption") + "/customers/1001/consumption", Map.of()).body());
        assertThat(total.get("readings").asInt()).isEqualTo(12);
        long sum = count(demo, "consumption", "SELECT CAST(SUM(kwh) * 10 AS BIGINT) FROM meter_readings WHERE meter_id = 'M-1001'");
        assertThat(total.get("totalKwh").decimalValue().movePointRight(1).longValueExact()).isEqualTo(sum);
        JsonNode events = JSON.readTree(get(demo.url("feed") + "/events", Map.of()).body());
        assertThat(events.size()).isEqualTo(38);
        JsonNode pushes = JSON.readTree(get(demo.url("feed") + "/events?type=PushEvent", Map.of()).body());
        assertThat(pushes.size()).isEqualTo(14);
        assertThat(pushes.get(0).get("repo").get("name").asText()).startsWith("gridworks/");
    }

    @Test
    void everyServicePassesTheIncomingTraceparentOnAndLogsWithItsTraceId(DemoSystem demo) throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        List<String> services = new ArrayList<>();
        try (KafkaConsumer<String, String> events = consumer(demo, "billing-events");
             KafkaConsumer<String, String> logs = consumer(demo, "service-logs")) {
            produce(demo, "moving-requests", "1005", """
                    {"customerId": 1005, "fromAddress": "5 Elm St", "toAddress": "6 Oak St", "finalReadingKwh": 100}""",
                    "traceparent", traceparent);
            ConsumerRecord<String, String> event = awaitRecord(events, r -> r.value().contains("\"customerId\":1005"));
            String passedOn = new String(event.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
            assertThat(passedOn).matches("00-" + traceId + "-[0-9a-f]{16}-01").isNotEqualTo(traceparent);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!services.contains("billing") && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : logs.poll(Duration.ofMillis(200))) {
                    JsonNode entry = JSON.readTree(r.value());
                    if (entry.get("traceId").asText().equals(traceId)) services.add(entry.get("service").asText());
                }
            }
        }
        assertThat(services).contains("moving", "customer-profile", "billing");
        HttpResponse<String> r = get(demo.url("profile") + "/customers/1005", Map.of("traceparent", traceparent));
        assertThat(r.headers().firstValue("X-Trace-Id")).hasValue(traceId);
    }

    @Test
    void theEnvironmentNamesEveryServiceAndDatabase(DemoSystem demo) {
        String yaml = demo.crosscheckYaml();
        assertThat(yaml).contains("profileUrl: " + demo.url("profile"), "bootstrap.servers: \"" + demo.bootstrapServers() + "\"",
                "billing: { url: \"jdbc:h2:tcp://127.0.0.1:");
        assertThat(demo.databases().keySet()).containsExactly("profile", "moving", "billing", "consumption");
    }

    private static long count(DemoSystem demo, String db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(demo.databases().get(db), demo.databaseUser(), demo.databasePassword());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void produce(DemoSystem demo, String topic, String key, String value, String traceId) throws Exception {
        produce(demo, topic, key, value, "traceId", traceId);
    }

    private static void produce(DemoSystem demo, String topic, String key, String value, String header, String headerValue)
            throws Exception {
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                demo.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, value);
            r.headers().add(header, headerValue.getBytes(StandardCharsets.UTF_8));
            p.send(r).get();
        }
    }

    /** A consumer positioned at the topic's end now, so it sees only what comes next. */
    private static KafkaConsumer<String, String> consumer(DemoSystem demo, String topic) {
        KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                demo.bootstrapServers()), new StringDeserializer(), new StringDeserializer());
        TopicPartition p = new TopicPartition(topic, 0);
        c.assign(List.of(p));
        c.seekToEnd(List.of(p));
        c.position(p);
        return c;
    }

    private static ConsumerRecord<String, String> awaitRecord(KafkaConsumer<String, String> c,
                                                              Predicate<ConsumerRecord<String, String>> match) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) if (match.test(r)) return r;
        }
        throw new AssertionError("no matching record within 20s");
    }
}
