package io.crosscheck.steps.sql;

import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Database values as JSON-like values: whole numbers as Long, other numbers as Double or BigDecimal, text, booleans,
 * ISO-8601 text for dates and times, lists for arrays, text for UUIDs, base64 text for bytes, null.
 */
final class JdbcValues {
    private JdbcValues() {
    }

    static Object plain(Object o) throws SQLException {
        if (o == null || o instanceof String || o instanceof Boolean || o instanceof Long || o instanceof Double
                || o instanceof java.math.BigDecimal || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Integer || o instanceof Short || o instanceof Byte) return ((Number) o).longValue();
        if (o instanceof Float f) return f.doubleValue();
        if (o instanceof java.sql.Timestamp t) return iso(t.toLocalDateTime());
        if (o instanceof java.sql.Date d) return d.toLocalDate().toString();
        if (o instanceof java.sql.Time t) return iso(t.toLocalTime());
        if (o instanceof UUID || o instanceof Character) return o.toString();
        if (o instanceof byte[] bytes) return Base64.getEncoder().encodeToString(bytes);
        if (o instanceof Object[] items) return list(List.of(items));
        if (o instanceof Array a) return plain(a.getArray());
        if (o instanceof Clob c) return c.getSubString(1, (int) Math.min(Integer.MAX_VALUE, c.length()));
        if (o instanceof Blob b) return Base64.getEncoder().encodeToString(b.getBytes(1, (int) Math.min(Integer.MAX_VALUE, b.length())));
        if (o instanceof Collection<?> items) return list(items);
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) out.put(String.valueOf(e.getKey()), plain(e.getValue()));
            return out;
        }
        Object time = temporal(o);
        return time != null ? time : o.toString();
    }

    /** Whether {@link #plain} knows {@code o}'s type; for others the database's own text form is the better value. */
    static boolean known(Object o) {
        return o == null || o instanceof Number || o instanceof String || o instanceof Boolean
                || o instanceof java.util.Date || o instanceof java.time.temporal.Temporal || o instanceof OffsetTime
                || o instanceof UUID || o instanceof Character || o instanceof byte[] || o instanceof Object[]
                || o instanceof Array || o instanceof Clob || o instanceof Blob || o instanceof Collection
                || o instanceof Map;
    }

    /** ISO-8601 text of a java.time value (seconds always shown), or null when {@code o} is none. */
    static String temporal(Object o) {
        if (o instanceof LocalDate d) return d.toString();
        if (o instanceof LocalDateTime t) return iso(t);
        if (o instanceof LocalTime t) return iso(t);
        if (o instanceof OffsetDateTime t) return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        if (o instanceof ZonedDateTime t) return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.toOffsetDateTime());
        if (o instanceof OffsetTime t) return DateTimeFormatter.ISO_OFFSET_TIME.format(t);
        if (o instanceof Instant t) return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
        return null;
    }

    static String iso(LocalDateTime t) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
    }

    static String iso(LocalTime t) {
        return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
    }

    private static List<Object> list(Collection<?> items) throws SQLException {
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) out.add(plain(item));
        return out;
    }
}
