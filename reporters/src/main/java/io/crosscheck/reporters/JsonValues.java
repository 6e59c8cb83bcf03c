package io.crosscheck.reporters;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes whatever a step produced (driver rows, UUIDs, timestamps, byte arrays, ...) as plain JSON: maps, lists,
 * strings, numbers, booleans, null. Anything else is written as its {@code toString()}, so no serializer ever walks
 * into a driver object. Optional limits keep huge values (a million-row response) out of a report that only needs
 * their first part. Streams straight to the generator: no copy of the tree is built.
 */
final class JsonValues {

    /** No limits: everything is kept (results.json). */
    static final JsonValues FULL = new JsonValues(Integer.MAX_VALUE, Integer.MAX_VALUE);

    private static final int MAX_DEPTH = 64;

    private final int maxItems;
    private final int maxChars;

    /**
     * @param maxItems items kept of a list or entries of a map; the rest is summarised by one marker item
     * @param maxChars characters kept of a string
     */
    JsonValues(int maxItems, int maxChars) {
        this.maxItems = maxItems;
        this.maxChars = maxChars;
    }

    void write(JsonGenerator g, Object value) throws IOException {
        write(g, value, 0);
    }

    /** The value as compact JSON text, so that "200" and 200 look different in plain-text reports. */
    String compact(JsonFactory factory, Object value) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(sw)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private void write(JsonGenerator g, Object value, int depth) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(text(s));
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Number n) {
            number(g, n);
        } else if (value instanceof Character || value instanceof Enum<?>) {
            g.writeString(value.toString());
        } else if (depth >= MAX_DEPTH) {
            g.writeString("…(nested too deep)");
        } else if (value instanceof Optional<?> o) {
            write(g, o.orElse(null), depth);
        } else if (value instanceof Map<?, ?> map) {
            map(g, map, depth);
        } else if (value instanceof Collection<?> c) {
            list(g, c, depth);
        } else if (value instanceof byte[] bytes) {
            g.writeString("base64:" + Base64.getEncoder().encodeToString(bytes));
        } else if (value.getClass().isArray()) {
            int n = Array.getLength(value);
            g.writeStartArray();
            for (int i = 0; i < n && i < maxItems; i++) write(g, Array.get(value, i), depth + 1);
            if (n > maxItems) g.writeString("…(" + (n - maxItems) + " more items)");
            g.writeEndArray();
        } else {
            g.writeString(text(String.valueOf(value)));
        }
    }

    private void number(JsonGenerator g, Number n) throws IOException {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) g.writeNumber(n.intValue());
        else if (n instanceof Long l) g.writeNumber(l);
        else if (n instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) g.writeString(d.toString());
            else g.writeNumber(d);
        } else if (n instanceof Float f) {
            if (f.isNaN() || f.isInfinite()) g.writeString(f.toString());
            else g.writeNumber(f);
        } else if (n instanceof BigDecimal b) g.writeNumber(b);
        else if (n instanceof BigInteger b) g.writeNumber(b);
        else g.writeString(n.toString()); // AtomicLong, LongAdder, driver-specific numbers
    }

    private String text(String s) {
        if (s.length() <= maxChars) return s;
        return s.substring(0, maxChars) + "…(" + (s.length() - maxChars) + " more characters)";
    }

    private void map(JsonGenerator g, Map<?, ?> map, int depth) throws IOException {
        g.writeStartObject();
        int n = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (n++ == maxItems) {
                g.writeStringField("…", (map.size() - maxItems) + " more entries");
                break;
            }
            g.writeFieldName(String.valueOf(e.getKey()));
            write(g, e.getValue(), depth + 1);
        }
        g.writeEndObject();
    }

    private void list(JsonGenerator g, Collection<?> items, int depth) throws IOException {
        g.writeStartArray();
        int n = 0;
        for (Object item : items) {
            if (n++ == maxItems) {
                g.writeString("…(" + (items.size() - maxItems) + " more items)");
                break;
            }
            write(g, item, depth + 1);
        }
        g.writeEndArray();
    }
}
