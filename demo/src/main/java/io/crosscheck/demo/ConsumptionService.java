package io.crosscheck.demo;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consumption: REST over meters and their monthly readings (tables {@code meters}, {@code meter_readings}).
 * {@code GET /meters}, {@code GET /meters/{meterId}/readings[?from=&to=]}, {@code GET /meters/{meterId}/final-reading},
 * {@code GET /customers/{id}/consumption}. Broken on purpose ({@code crosscheck demo --culprit}), it has lost the
 * last readings: {@code final-reading} logs an ERROR and answers 500.
 */
final class ConsumptionService implements AutoCloseable {
    private final ServiceDatabase db;
    private final ServiceLog log;
    private final boolean broken;
    private final JsonHttpServer http;

    ConsumptionService(ServiceDatabase db, ServiceLog log, boolean broken) throws java.io.IOException {
        this.db = db;
        this.log = log;
        this.broken = broken;
        this.http = new JsonHttpServer("consumption", log)
                .route("GET", "/meters", r -> HttpReply.ok(Rows.query(db, "SELECT * FROM meters ORDER BY meter_id")))
                .route("GET", "/meters/{meterId}/readings", this::readings)
                .route("GET", "/meters/{meterId}/final-reading", this::finalReading)
                .route("GET", "/customers/{id}/consumption", this::consumption)
                .start();
    }

    String url() {
        return http.url();
    }

    /**
     * Writes every reading into the archive, and the faulty ones the meters sent too (which the totals here leave
     * out): M-1005 and M-1012 sent negative values, M-1009 one no household uses.
     */
    void archive(ReadingArchive archive) throws SQLException {
        for (Map<String, Object> r : Rows.query(db, "SELECT meter_id, reading_date, kwh FROM meter_readings")) {
            archive.write((String) r.get("meter_id"), java.time.LocalDate.parse(String.valueOf(r.get("reading_date"))),
                    new java.math.BigDecimal(String.valueOf(r.get("kwh"))));
        }
        archive.write("M-1005", java.time.LocalDate.of(2025, 3, 15), new java.math.BigDecimal("-12.0"));
        archive.write("M-1009", java.time.LocalDate.of(2025, 8, 15), new java.math.BigDecimal("99999.9"));
        archive.write("M-1012", java.time.LocalDate.of(2025, 11, 15), new java.math.BigDecimal("-3.5"));
    }

    private HttpReply readings(HttpRequestData request) throws SQLException {
        String meter = request.path("meterId");
        if (Rows.query(db, "SELECT 1 FROM meters WHERE meter_id = ?", meter).isEmpty()) {
            return HttpReply.error(404, "no meter " + meter);
        }
        String from = request.query().getOrDefault("from", "0001-01-01");
        String to = request.query().getOrDefault("to", "9999-12-31");
        return HttpReply.ok(Rows.query(db, "SELECT meter_id, reading_date, kwh FROM meter_readings"
                + " WHERE meter_id = ? AND reading_date BETWEEN ? AND ? ORDER BY reading_date", meter, date(from), date(to)));
    }

    /** The meter's last reading: {@code {meterId, reading_date, kwh}}. */
    private HttpReply finalReading(HttpRequestData request) throws SQLException {
        String meter = request.path("meterId");
        if (Rows.query(db, "SELECT 1 FROM meters WHERE meter_id = ?", meter).isEmpty()) {
            return HttpReply.error(404, "no meter " + meter);
        }
        List<Map<String, Object>> last = broken ? List.of() : Rows.query(db, "SELECT meter_id, reading_date, kwh"
                + " FROM meter_readings WHERE meter_id = ? ORDER BY reading_date DESC LIMIT 1", meter);
        if (last.isEmpty()) {
            log.error(request.traceId(), "no meter reading for " + meter);
            return HttpReply.error(500, "no meter reading for " + meter);
        }
        return HttpReply.ok(last.get(0));
    }

    private HttpReply consumption(HttpRequestData request) throws SQLException {
        long customer;
        try {
            customer = Long.parseLong(request.path("id"));
        } catch (NumberFormatException e) {
            throw new JsonHttpServer.HttpError(400, "a customer id is a number, not '" + request.path("id") + "'");
        }
        List<Map<String, Object>> rows = Rows.query(db, "SELECT m.meter_id, m.tariff, COUNT(r.kwh) AS readings,"
                + " COALESCE(SUM(r.kwh), 0) AS total_kwh FROM meters m LEFT JOIN meter_readings r ON r.meter_id = m.meter_id"
                + " WHERE m.customer_id = ? GROUP BY m.meter_id, m.tariff", customer);
        if (rows.isEmpty()) return HttpReply.error(404, "customer " + customer + " has no meter");
        Map<String, Object> row = rows.get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customer);
        body.put("meterId", row.get("meter_id"));
        body.put("tariff", row.get("tariff"));
        body.put("readings", row.get("readings"));
        body.put("totalKwh", row.get("total_kwh"));
        return HttpReply.ok(body);
    }

    private static java.sql.Date date(String text) {
        try {
            return java.sql.Date.valueOf(java.time.LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            throw new JsonHttpServer.HttpError(400, "'" + text + "' is not a date like 2025-06-30");
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
