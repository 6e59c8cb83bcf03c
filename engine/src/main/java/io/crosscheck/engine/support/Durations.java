package io.crosscheck.engine.support;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as users write them ({@code 250ms}, {@code 30s}, {@code 1.5s}, {@code 2m}, {@code 1h}, {@code PT30S}) and
 * as messages print them; shared by the engine and step handlers so every "timed out after" reads the same.
 */
public final class Durations {
    /** The longest duration a scenario or config may give: a step, a retry, a wait beyond a day is a mistake. */
    public static final Duration MAX = Duration.ofHours(24);
    private static final String MAX_TEXT = "24h";
    private static final String EXAMPLES = "write e.g. 250ms, 30s, 2m";
    private static final Pattern SIMPLE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    private Durations() {
    }

    /** A duration as written, or why it is not one; {@code value} is null exactly when {@code problem} is not. */
    public record Checked(Duration value, String problem, String hint) {
    }

    /** The duration of a text, or empty when it is not one or is outside 0 to {@link #MAX}. */
    public static Optional<Duration> parse(String text) {
        return Optional.ofNullable(check(text).value());
    }

    /** The duration of a text, refusing what is not one, a negative one and one longer than {@link #MAX}. */
    public static Checked check(String text) {
        return checked(text == null ? null : seconds(text.trim()), text == null ? null : text.trim());
    }

    /** Reads a duration node: text as above, or a plain number of seconds; a problem is added at the node. */
    public static Duration read(ConfigNode node, Problems problems) {
        Checked c = !node.isScalar() ? new Checked(null, "bad duration: expected text such as 30s", EXAMPLES)
                : node.value() instanceof Number n ? checked(seconds(n), node.text()) : check(node.text());
        if (c.value() == null) problems.add(node, c.problem(), c.hint());
        return c.value();
    }

    private static Checked checked(BigDecimal seconds, String shown) {
        if (seconds == null) return new Checked(null, "bad duration '" + shown + "'", EXAMPLES);
        if (seconds.signum() < 0) {
            return new Checked(null, "negative duration '" + shown + "'", "a duration is 0 or more, at most " + MAX_TEXT);
        }
        if (seconds.compareTo(BigDecimal.valueOf(MAX.toSeconds())) > 0) {
            return new Checked(null, "duration '" + shown + "' is longer than " + MAX_TEXT, "a duration is at most " + MAX_TEXT);
        }
        return new Checked(Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact()), null, null);
    }

    /** A plain number of seconds; null for one too large to be a double (infinity). */
    private static BigDecimal seconds(Number n) {
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The exact number of seconds written; null when the text is no duration. */
    private static BigDecimal seconds(String t) {
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            BigDecimal amount = new BigDecimal(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> amount.movePointLeft(3);
                case "s" -> amount;
                case "m" -> amount.multiply(BigDecimal.valueOf(60));
                default -> amount.multiply(BigDecimal.valueOf(3600));
            };
        }
        try {
            Duration d = Duration.parse(t);
            return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    /** Short text for messages: {@code 1s}, {@code 250ms}, {@code 1.5s}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + "ms";
        if (ms % 1000 == 0) return (ms / 1000) + "s";
        return String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
    }

    /** In nanoseconds, saturated: a duration beyond ~292 years is "forever", never an overflow. */
    public static long nanos(Duration d) {
        return d.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : Math.max(0, d.toNanos());
    }

    /** In milliseconds, saturated like {@link #nanos}. */
    public static long millis(Duration d) {
        return nanos(d) / 1_000_000;
    }
}
