package io.crosscheck.reporters;

import java.util.Locale;

/** Human durations for console and text reports: {@code 840 ms}, {@code 3.2 s}, {@code 2m 05s}, {@code 1h 02m}. */
final class Durations {

    private Durations() {
    }

    static String human(long ms) {
        if (ms < 0) ms = 0;
        if (ms < 1000) return ms + " ms";
        if (ms < 60_000) return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        long s = ms / 1000;
        if (s < 3600) return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
    }

    /** A clock reading for the live line: {@code 00:14}, {@code 12:03}, {@code 1:02:03}. */
    static String clock(long ms) {
        long s = Math.max(0, ms) / 1000;
        if (s >= 3600) return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
        return String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    /** Seconds with millisecond precision and a dot, as JUnit XML wants: {@code 1.234}. */
    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", Math.max(0, ms) / 1000.0);
    }
}
