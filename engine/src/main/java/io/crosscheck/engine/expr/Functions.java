package io.crosscheck.engine.expr;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.jexl3.JexlContext;

/**
 * The built-in functions, callable without prefix: {@code uuid()}, {@code now()}, {@code randomInt(a, b)},
 * {@code secret('NAME')}, plus those of {@link HttpFunctions} and the data functions of {@link DataFunctions}.
 * Public only because JEXL calls it.
 */
public final class Functions extends HttpFunctions {
    /** Every function name, for "did you mean" on a misspelt call. */
    static final Set<String> NAMES = Set.of("uuid", "now", "nowMillis", "randomInt", "secret", "where", "count",
            "groupCount", "sum", "avg", "min", "max", "distinct", "sortBy", "top", "pluck", "keys", "values", "size", "empty",
            "base64", "base64Decode", "urlEncode", "jwtClaims", "xpath");

    private final Secrets secrets;

    Functions(JexlContext context, Secrets secrets) {
        super(context);
        this.secrets = secrets;
    }

    /** A random UUID as text. */
    public String uuid() {
        return UUID.randomUUID().toString();
    }

    /** The current instant as ISO-8601 text in UTC, e.g. {@code 2025-03-01T09:30:00.123Z}. */
    public String now() {
        return Instant.now().toString();
    }

    /** The current instant formatted in UTC with a {@link DateTimeFormatter} pattern, e.g. {@code now('yyyy-MM-dd')}. */
    public String now(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(Instant.now());
        } catch (IllegalArgumentException e) {
            throw new ExpressionException("now('" + pattern + "'): bad date pattern: " + e.getMessage());
        }
    }

    /** Milliseconds since the epoch. */
    public long nowMillis() {
        return System.currentTimeMillis();
    }

    /** A random integer from {@code from} to {@code to}, both included. */
    public long randomInt(Number from, Number to) {
        long a = from.longValue();
        long b = to.longValue();
        if (a > b) throw new ExpressionException("randomInt(" + a + ", " + b + "): the first bound must not exceed the second");
        return b == Long.MAX_VALUE ? ThreadLocalRandom.current().nextLong(a, b) : ThreadLocalRandom.current().nextLong(a, b + 1);
    }

    /** The value of an environment variable; it is masked as **** wherever it would be printed. */
    public String secret(String name) {
        return secrets.secret(name);
    }
}
