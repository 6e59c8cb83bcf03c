package io.crosscheck.steps.http;

import io.crosscheck.engine.spi.step.StepContext;
import java.util.Map;

/** How many bytes of a response body a call keeps: the call's {@code maxBodySize}, else the environment's, else 16 MB. */
final class BodyLimit {
    static final long DEFAULT = 16L << 20;
    static final String KEY = "maxBodySize";

    private BodyLimit() {
    }

    static long of(CallConfig config, Map<String, Object> settings, StepContext ctx) {
        if (config.maxBodySize() != null) return parse(ctx.renderText(config.maxBodySize()), "call.maxBodySize");
        Object env = settings.get(KEY);
        return env == null ? DEFAULT : parse(env, "http.maxBodySize");
    }

    /** The text's problem, or null when it is a valid size. */
    static String problem(Object value) {
        return ByteSize.parse(value).isPresent() ? null
                : "'" + value + "' is not a size between 1 B and 1 GB (e.g. 16MB, 512KB)";
    }

    private static long parse(Object value, String where) {
        return ByteSize.parse(value).orElseThrow(() -> new IllegalArgumentException(where + ": " + problem(value)));
    }
}
