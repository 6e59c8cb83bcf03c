package io.crosscheck.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A message of {@value Topics#MOVING_REQUESTS}: {@code {customerId, fromAddress, toAddress, moveDate,
 * finalReadingKwh}}, or {@code meterId} instead of {@code finalReadingKwh} (Moving then asks Consumption). Numbers may come as JSON numbers or as text; a missing or unreadable field is null and
 * {@link #problem()} names the first one that matters. {@code moveDate} defaults to today.
 */
record MovingRequest(Long customerId, String fromAddress, String toAddress, LocalDate moveDate,
                     BigDecimal finalReadingKwh, String meterId, String unreadable) {

    static MovingRequest parse(String json) {
        JsonNode v;
        try {
            v = JsonHttpServer.JSON.readTree(json == null ? "" : json);
        } catch (Exception e) {
            return new MovingRequest(null, null, null, null, null, null, "the request is not JSON");
        }
        if (v == null || !v.isObject()) return new MovingRequest(null, null, null, null, null, null, "the request is not a JSON object");
        BigDecimal id = number(v, "customerId");
        String date = text(v, "moveDate");
        LocalDate moveDate = LocalDate.now();
        String unreadable = null;
        if (date != null) {
            try {
                moveDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                moveDate = null;
                unreadable = "moveDate '" + date + "' is not a date like 2025-06-30";
            }
        }
        return new MovingRequest(id == null ? null : id.longValue(), text(v, "fromAddress"), text(v, "toAddress"), moveDate,
                number(v, "finalReadingKwh"), text(v, "meterId"), unreadable);
    }

    /** Why the request cannot be handled, or null. */
    String problem() {
        if (unreadable != null) return unreadable;
        if (customerId == null) return "customerId is missing";
        if (fromAddress == null) return "fromAddress is missing";
        if (toAddress == null) return "toAddress is missing";
        if (finalReadingKwh == null && meterId == null) return "finalReadingKwh is missing";
        if (finalReadingKwh != null && finalReadingKwh.signum() < 0) return "finalReadingKwh is negative";
        return null;
    }

    private static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private static BigDecimal number(JsonNode v, String field) {
        JsonNode n = v.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isNumber()) return n.decimalValue();
        try {
            return new BigDecimal(n.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
