package io.crosscheck.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Customer Profile: REST over its table {@code customer_profile}.
 * {@code GET /customers[?active=true|false]}, {@code GET /customers/{id}}, {@code POST /customers} (201),
 * {@code DELETE /customers/{id}} (204).
 */
final class CustomerProfileService implements AutoCloseable {
    private static final String COLUMNS = "customer_id, first_name, last_name, email, is_active, created_date";

    private final ServiceDatabase db;
    private final ServiceLog log;
    private final JsonHttpServer http;

    CustomerProfileService(ServiceDatabase db, ServiceLog log) throws java.io.IOException {
        this.db = db;
        this.log = log;
        this.http = new JsonHttpServer("profile", log)
                .route("GET", "/customers", this::list)
                .route("POST", "/customers", this::create)
                .route("GET", "/customers/{id}", this::get)
                .route("DELETE", "/customers/{id}", this::delete)
                .start();
    }

    String url() {
        return http.url();
    }

    private HttpReply list(HttpRequestData request) throws SQLException {
        String active = request.query("active");
        if (active == null) return HttpReply.ok(Rows.query(db, "SELECT " + COLUMNS + " FROM customer_profile ORDER BY customer_id"));
        if (!active.equals("true") && !active.equals("false")) {
            throw new JsonHttpServer.HttpError(400, "active must be true or false, not '" + active + "'");
        }
        return HttpReply.ok(Rows.query(db, "SELECT " + COLUMNS + " FROM customer_profile WHERE is_active = ? ORDER BY customer_id",
                Boolean.parseBoolean(active)));
    }

    private HttpReply get(HttpRequestData request) throws SQLException {
        List<Map<String, Object>> rows = Rows.query(db, "SELECT " + COLUMNS + " FROM customer_profile WHERE customer_id = ?",
                id(request));
        return rows.isEmpty() ? HttpReply.error(404, "no customer " + request.path("id")) : HttpReply.ok(rows.get(0));
    }

    private HttpReply create(HttpRequestData request) throws SQLException {
        JsonNode body = request.body();
        String first = required(body, "first_name");
        String last = required(body, "last_name");
        String email = required(body, "email");
        long id = body.hasNonNull("customer_id") ? body.get("customer_id").asLong() : nextId();
        boolean active = !body.hasNonNull("is_active") || body.get("is_active").asBoolean();
        if (!Rows.query(db, "SELECT 1 FROM customer_profile WHERE customer_id = ? OR email = ?", id, email).isEmpty()) {
            return HttpReply.error(409, "a customer with id " + id + " or email " + email + " exists");
        }
        Rows.update(db, "INSERT INTO customer_profile (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, CURRENT_DATE)",
                id, first, last, email, active);
        log.info(request.traceId(), "customer " + id + " created");
        Map<String, Object> row = Rows.query(db, "SELECT " + COLUMNS + " FROM customer_profile WHERE customer_id = ?", id).get(0);
        return HttpReply.created(row, "/customers/" + id);
    }

    private HttpReply delete(HttpRequestData request) throws SQLException {
        long id = id(request);
        if (Rows.update(db, "DELETE FROM customer_profile WHERE customer_id = ?", id) == 0) {
            return HttpReply.error(404, "no customer " + id);
        }
        log.info(request.traceId(), "customer " + id + " deleted");
        return HttpReply.noContent();
    }

    private long nextId() throws SQLException {
        return ((Number) Rows.query(db, "SELECT COALESCE(MAX(customer_id), 0) + 1 AS next FROM customer_profile")
                .get(0).get("next")).longValue();
    }

    private static long id(HttpRequestData request) {
        try {
            return Long.parseLong(request.path("id"));
        } catch (NumberFormatException e) {
            throw new JsonHttpServer.HttpError(400, "a customer id is a number, not '" + request.path("id") + "'");
        }
    }

    static String required(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new JsonHttpServer.HttpError(400, "missing field '" + field + "'");
        }
        return value.asText();
    }

    @Override
    public void close() {
        http.close();
    }
}
