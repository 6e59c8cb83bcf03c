package io.crosscheck.engine.spi;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * W3C trace context (spec §8): each scenario run has a trace id of 32 hex digits, and each call or produce sends a
 * {@code traceparent} with that trace id and a span id of its own, so services that pass it on and log it can be
 * found again by the trace id.
 */
public final class Trace {
    public static final String HEADER = "traceparent";

    private Trace() {
    }

    /** A random trace id: 16 bytes as 32 lower-case hex digits, never all zeros (which W3C calls invalid). */
    public static String newTraceId() {
        return hex(16);
    }

    /** {@code 00-<traceId>-<fresh span id>-01}: version 00, sampled. */
    public static String traceparent(String traceId) {
        return "00-" + traceId + "-" + hex(8) + "-01";
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
