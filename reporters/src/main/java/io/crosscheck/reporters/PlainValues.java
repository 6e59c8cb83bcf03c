package io.crosscheck.reporters;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns whatever a step produced (driver rows, UUIDs, timestamps, byte arrays, ...) into plain JSON values:
 * String, Number, Boolean, null, LinkedHashMap with String keys, ArrayList. Anything else becomes its
 * {@code toString()}, so no serializer ever walks into a driver object. Optional limits keep huge values
 * (a million-row response) from bloating a report that only needs the first part of them.
 */
final class PlainValues {

    /** No limits: everything is kept (results.json). */
    static final PlainValues FULL = new PlainValues(Integer.MAX_VALUE, Integer.MAX_VALUE);

    private static final int MAX_DEPTH = 64;

    private final int maxItems;
    private final int maxChars;

    /**
     * @param maxItems items kept of a list or entries of a map; the rest is summarised by one marker item
     * @param maxChars characters kept of a string
     */
    PlainValues(int maxItems, int maxChars) {
        this.maxItems = maxItems;
        this.maxChars = maxChars;
    }

    Object of(Object value) {
        return of(value, 0);
    }

    private Object of(Object value, int depth) {
        if (value == null || value instanceof Boolean) return value;
        if (value instanceof String s) return text(s);
        if (value instanceof Number n) return number(n);
        if (value instanceof Character || value instanceof Enum<?>) return value.toString();
        if (depth >= MAX_DEPTH) return "…(nested too deep)";
        if (value instanceof Optional<?> o) return of(o.orElse(null), depth);
        if (value instanceof Map<?, ?> map) return map(map, depth);
        if (value instanceof Collection<?> c) return list(c, depth);
        if (value instanceof byte[] bytes) return "base64:" + Base64.getEncoder().encodeToString(bytes);
        if (value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) items.add(Array.get(value, i));
            return list(items, depth);
        }
        return text(String.valueOf(value));
    }

    private Object number(Number n) {
        if (n instanceof Double d && (d.isNaN() || d.isInfinite())) return d.toString();
        if (n instanceof Float f && (f.isNaN() || f.isInfinite())) return f.toString();
        if (n instanceof Integer || n instanceof Long || n instanceof Double || n instanceof Float
                || n instanceof Short || n instanceof Byte || n instanceof java.math.BigDecimal
                || n instanceof java.math.BigInteger) {
            return n;
        }
        return text(n.toString()); // AtomicLong, LongAdder, driver-specific numbers
    }

    private String text(String s) {
        if (s.length() <= maxChars) return s;
        return s.substring(0, maxChars) + "…(" + (s.length() - maxChars) + " more characters)";
    }

    private Map<String, Object> map(Map<?, ?> map, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (n++ == maxItems) {
                out.put("…", (map.size() - maxItems) + " more entries");
                break;
            }
            out.put(String.valueOf(e.getKey()), of(e.getValue(), depth + 1));
        }
        return out;
    }

    private List<Object> list(Collection<?> items, int depth) {
        List<Object> out = new ArrayList<>(Math.min(items.size(), maxItems) + 1);
        int n = 0;
        for (Object item : items) {
            if (n++ == maxItems) {
                out.add("…(" + (items.size() - maxItems) + " more items)");
                break;
            }
            out.add(of(item, depth + 1));
        }
        return out;
    }
}
