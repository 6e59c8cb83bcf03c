package io.crosscheck.demo;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C trace context as the demo's services pass it on: the trace id of an incoming {@code traceparent}
 * (HTTP header or Kafka record header) is the id they log with, and every call and record they send on carries a
 * {@code traceparent} of the same trace with a span id of its own. A request without one keeps the older
 * {@code X-Trace-Id} / {@code traceId} header's id, or starts a new trace.
 */
final class Traceparent {
    static final String HEADER = "traceparent";
    private static final Pattern FORMAT = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String INVALID_ID = "0".repeat(32);

    private Traceparent() {
    }

    /** The trace id to log with: {@code traceparent}'s, else {@code ownId} (a caller's own header), else a new one. */
    static String traceId(String traceparent, String ownId) {
        if (traceparent != null) {
            Matcher m = FORMAT.matcher(traceparent.strip().toLowerCase(Locale.ROOT));
            // version ff and the all-zero trace id are invalid (W3C Trace Context, 3.2.2)
            if (m.matches() && !m.group(1).equals("ff") && !m.group(2).equals(INVALID_ID)) return m.group(2);
        }
        if (ownId != null && !ownId.isBlank()) return ownId.strip();
        return hex(16);
    }

    /** A {@code traceparent} continuing {@code traceId} with a new span; null when the id is not a W3C trace id. */
    static String next(String traceId) {
        return TRACE_ID.matcher(traceId).matches() && !traceId.equals(INVALID_ID) ? "00-" + traceId + "-" + hex(8) + "-01" : null;
    }

    /** Adds the trace to a record being sent: a {@code traceId} header and, for a W3C trace id, a {@code traceparent}. */
    static void carry(Headers headers, String traceId) {
        headers.add("traceId", traceId.getBytes(StandardCharsets.UTF_8));
        String traceparent = next(traceId);
        if (traceparent != null) headers.add(HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros
        return HexFormat.of().formatHex(b);
    }
}
