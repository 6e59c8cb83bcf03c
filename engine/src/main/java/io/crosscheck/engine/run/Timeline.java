package io.crosscheck.engine.run;

import io.crosscheck.engine.result.Evidence;
import io.crosscheck.engine.result.EvidenceLine;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the lines of every evidence source on one timeline: sorted by time (lines without one last, ties in the
 * order the sources are configured and the rows came), the first error on it being the likely culprit.
 */
final class Timeline {
    private static final Comparator<EvidenceLine> BY_TIME =
            Comparator.comparing(EvidenceLine::time, Comparator.nullsLast(Comparator.naturalOrder()));

    private Timeline() {
    }

    /** {@code lines} in source order; the sort is stable, so equal times keep that order. */
    static Evidence merge(List<EvidenceLine> lines, List<Evidence.Failure> failures) {
        List<EvidenceLine> sorted = new ArrayList<>(lines);
        sorted.sort(BY_TIME);
        EvidenceLine culprit = sorted.stream().filter(EvidenceLine::isError).findFirst().orElse(null);
        return new Evidence(sorted, culprit, failures);
    }

    /**
     * A row's time as an instant: an Instant, a date (Solr's, JDBC's), an offset or zoned date-time, a number of epoch
     * milliseconds (Kafka's record timestamp), or ISO-8601 text. Text without an offset is a local time of this JVM's
     * zone, as JDBC reads a timestamp without time zone. Anything else is null: the line sorts last.
     */
    static Instant time(Object value) {
        if (value instanceof Instant i) return i;
        if (value instanceof java.util.Date d) return d.toInstant();
        if (value instanceof OffsetDateTime t) return t.toInstant();
        if (value instanceof ZonedDateTime t) return t.toInstant();
        if (value instanceof LocalDateTime t) return t.atZone(ZoneId.systemDefault()).toInstant();
        if (value instanceof Number n) return Instant.ofEpochMilli(n.longValue());
        if (value instanceof String s) return parse(s.strip());
        return null;
    }

    private static Instant parse(String text) {
        if (text.isEmpty()) return null;
        if (text.chars().allMatch(Character::isDigit) && text.length() <= 18) return Instant.ofEpochMilli(Long.parseLong(text));
        String iso = text.indexOf('T') < 0 && text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            TemporalAccessor t = java.time.format.DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from,
                    LocalDateTime::from);
            return t instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) t).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
