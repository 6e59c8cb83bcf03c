package io.crosscheck.steps.http;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as users write them: {@code 16MB}, {@code 512KB}, {@code 1GB}, {@code 100B} or a number of bytes (1 KB = 1024 B). */
final class ByteSize {
    /** Above this a kept body would not fit a Java string; larger settings are mistakes. */
    static final long MAX = 1L << 30;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(B|KB|MB|GB)?");

    private ByteSize() {
    }

    /** The size in bytes, or empty when the text is not a size between 1 B and 1 GB. */
    static Optional<Long> parse(Object value) {
        if (value == null) return Optional.empty();
        Matcher m = SIZE.matcher(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        long n = Long.parseLong(m.group(1));
        long unit = switch (m.group(2) == null ? "B" : m.group(2)) {
            case "KB" -> 1L << 10;
            case "MB" -> 1L << 20;
            case "GB" -> 1L << 30;
            default -> 1;
        };
        if (n == 0 || n > MAX / unit) return Optional.empty();
        return Optional.of(n * unit);
    }

    /** Short text for messages: {@code 16 MB}, {@code 1.5 KB}, {@code 300 B}. */
    static String format(long bytes) {
        if (bytes < 1024) return bytes + " B";
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int i = -1;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v)) + " " + units[i];
    }
}
