package io.crosscheck.engine.spi;

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
    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    private Durations() {
    }

    public static Optional<Duration> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim();
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            double amount = Double.parseDouble(m.group(1));
            long millis = switch (m.group(2)) {
                case "ms" -> Math.round(amount);
                case "s" -> Math.round(amount * 1000);
                case "m" -> Math.round(amount * 60_000);
                default -> Math.round(amount * 3_600_000);
            };
            return Optional.of(Duration.ofMillis(millis));
        }
        try {
            return Optional.of(Duration.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
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
