package io.crosscheck.engine.spi.step;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The W3C trace context of one scenario run (spec §8): its trace id of 32 hex digits, and {@code header}, the name of
 * a header the project's services log instead ({@code trace: {header: X-Correlation-Id}} in crosscheck.yaml), or
 * null. Each call or produce sends a {@code traceparent} with the run's trace id and a span id of its own, and the
 * extra header with the trace id, so the services' logs can be searched by it.
 */
public record Trace(String id, String header) {
    public static final String TRACEPARENT = "traceparent";

    /** A new random trace id (16 bytes, never all zeros, which W3C calls invalid). */
    public static Trace fresh(String header) {
        return new Trace(hex(16), header);
    }

    /** {@code 00-<id>-<fresh span id>-01}: version 00, sampled. */
    public String traceparent() {
        return "00-" + id + "-" + hex(8) + "-01";
    }

    /** The headers a request or record carries for this trace: traceparent, and the project's own header if any. */
    public Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put(TRACEPARENT, traceparent());
        if (header != null) h.put(header, id);
        return h;
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        do {
            ThreadLocalRandom.current().nextBytes(b);
        } while (allZero(b));
        return HexFormat.of().formatHex(b);
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }
}
