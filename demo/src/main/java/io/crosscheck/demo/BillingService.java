package io.crosscheck.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Billing: issues a bill (status ISSUED, table {@code bills}) for each event of {@value Topics#BILLING_EVENTS}, and
 * serves them over REST to callers that send {@code Authorization: Bearer <token>}:
 * {@code GET /bills?customerId=}, {@code GET /bills/{id}}.
 */
final class BillingService implements AutoCloseable {
    private final ServiceDatabase db;
    private final ServiceLog log;
    private final byte[] token;
    private final JsonHttpServer http;
    private final TopicConsumer consumer;

    BillingService(String bootstrap, ServiceDatabase db, ServiceLog log, String apiToken) throws java.io.IOException {
        this.db = db;
        this.log = log;
        this.token = ("Bearer " + apiToken).getBytes(StandardCharsets.UTF_8);
        this.http = new JsonHttpServer("billing", log)
                .route("GET", "/bills", authorized(this::list))
                .route("GET", "/bills/{id}", authorized(this::get))
                .start();
        this.consumer = new TopicConsumer(bootstrap, "billing", Topics.BILLING_EVENTS, log, this::onEvent);
    }

    String url() {
        return http.url();
    }

    TopicConsumer consumer() {
        return consumer;
    }

    private JsonHttpServer.Route authorized(JsonHttpServer.Route route) {
        return request -> {
            String given = request.header("Authorization");
            // constant-time comparison: the token is a secret
            if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
                return new HttpReply(401, Map.of("error", "send Authorization: Bearer <DEMO_API_TOKEN>"),
                        Map.of("WWW-Authenticate", "Bearer realm=\"billing\""));
            }
            return route.handle(request);
        };
    }

    private HttpReply list(HttpRequestData request) throws SQLException {
        String customer = request.query("customerId");
        if (customer == null) return HttpReply.ok(Rows.query(db, "SELECT * FROM bills ORDER BY bill_id"));
        return HttpReply.ok(Rows.query(db, "SELECT * FROM bills WHERE customer_id = ? ORDER BY bill_id", number(customer)));
    }

    private HttpReply get(HttpRequestData request) throws SQLException {
        List<Map<String, Object>> rows = Rows.query(db, "SELECT * FROM bills WHERE bill_id = ?", number(request.path("id")));
        return rows.isEmpty() ? HttpReply.error(404, "no bill " + request.path("id")) : HttpReply.ok(rows.get(0));
    }

    private void onEvent(ConsumerRecord<String, String> record, String traceId) throws Exception {
        JsonNode event = JsonHttpServer.JSON.readTree(record.value());
        String type = event.path("type").asText("");
        if (!type.equals("FINAL_BILL")) {
            log.warn(traceId, "billing event of type '" + type + "' ignored");
            return;
        }
        long customerId = event.path("customerId").asLong();
        BigDecimal amount = event.path("amount").decimalValue();
        long billId = Rows.insert(db, "INSERT INTO bills (customer_id, type, amount, address, status, move_id)"
                        + " VALUES (?, ?, ?, ?, 'ISSUED', ?)", customerId, type, amount,
                event.path("address").asText(null), event.hasNonNull("moveId") ? event.get("moveId").asLong() : null);
        log.info(traceId, "bill " + billId + " of " + amount + " issued to customer " + customerId);
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new JsonHttpServer.HttpError(400, "'" + text + "' is not a number");
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.close();
        http.close();
    }
}
