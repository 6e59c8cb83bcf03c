package io.crosscheck.engine.expr;

import io.crosscheck.engine.json.JsonCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value semantics shared by expressions and matchers: numbers compare by value ({@code 1 == 1.0}), maps and
 * lists deeply, and JSON type names. Values are plain Java as read from JSON, SQL, CQL or Solr.
 */
public final class Values {

    private Values() {
    }

    /** Deep equality; numbers by value; a string equals a non-JSON scalar (date, UUID...) with the same text. */
    public static boolean equal(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof Number x && b instanceof Number y) return compareNumbers(x, y) == 0;
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) return equalMaps(x, y);
        if (isList(a) && isList(b)) return equalLists(Lists.of(a), Lists.of(b));
        if (a instanceof String && isOtherScalar(b) || b instanceof String && isOtherScalar(a)) {
            return a.toString().equals(b.toString());
        }
        return a.equals(b);
    }

    private static boolean equalMaps(Map<?, ?> x, Map<?, ?> y) {
        if (x.size() != y.size()) return false;
        for (Map.Entry<?, ?> e : x.entrySet()) {
            if (!y.containsKey(e.getKey()) || !equal(e.getValue(), y.get(e.getKey()))) return false;
        }
        return true;
    }

    private static boolean equalLists(List<?> x, List<?> y) {
        if (x.size() != y.size()) return false;
        Iterator<?> i = x.iterator();
        Iterator<?> j = y.iterator();
        while (i.hasNext()) {
            if (!equal(i.next(), j.next())) return false;
        }
        return true;
    }

    /** Orders numbers by value and strings (or a string and a date-like scalar) by text; else an exception. */
    public static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return compareNumbers(x, y);
        if ((a instanceof String || isOtherScalar(a)) && (b instanceof String || isOtherScalar(b))) {
            if (a instanceof Comparable && a.getClass() == b.getClass()) return compareSame(a, b);
            return a.toString().compareTo(b.toString());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) return x.compareTo(y);
        throw new ExpressionException("cannot compare " + describe(a) + " with " + describe(b));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareSame(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    /** A total order for sorting: nulls last, then numbers, strings, booleans; incomparable values by type name. */
    public static int order(Object a, Object b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
        try {
            return compare(a, b);
        } catch (ExpressionException e) {
            return typeName(a).compareTo(typeName(b));
        }
    }

    public static int compareNumbers(Number a, Number b) {
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        if (x == null || y == null) return Double.compare(a.doubleValue(), b.doubleValue()); // NaN, infinities
        return x.compareTo(y);
    }

    /** The exact decimal value of a number; null for NaN and infinities. */
    public static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) return d;
        if (n instanceof BigInteger i) return new BigDecimal(i);
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? null : new BigDecimal(Double.toString(d));
        }
        return BigDecimal.valueOf(n.longValue());
    }

    /** A key under which equal values (by {@link #equal}) collide: numbers become their normalised decimal. */
    public static Object key(Object value) {
        if (value instanceof Number n) {
            BigDecimal d = decimal(n);
            return d == null ? n.doubleValue() : d.stripTrailingZeros();
        }
        return value;
    }

    /** The JSON type: string, number, boolean, object, array or null (dates and other scalars are strings). */
    public static String typeName(Object value) {
        if (value == null) return "null";
        if (value instanceof Number) return "number";
        if (value instanceof Boolean) return "boolean";
        if (value instanceof Map) return "object";
        if (isList(value)) return "array";
        return "string";
    }

    static boolean isList(Object value) {
        return value instanceof Collection || value != null && value.getClass().isArray();
    }

    private static boolean isOtherScalar(Object value) {
        return value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Map || isList(value));
    }

    /** The type and value for messages: {@code string 'x'}, {@code number 3}, {@code null}. */
    public static String describe(Object value) {
        return value == null ? "null" : typeName(value) + " " + format(value);
    }

    /** A short display of a value for messages: {@code 'text'}, {@code 3}, {@code {"a":1}}, cut at 200 characters. */
    public static String format(Object value) {
        String text = value instanceof String s ? "'" + s + "'" : JsonCodec.shared().write(value);
        return text.length() > 200 ? text.substring(0, 197) + "..." : text;
    }

    /** Compact JSON text; scalars JSON lacks (dates, UUIDs) become strings of their text. */
    public static String json(Object value) {
        return JsonCodec.shared().write(value);
    }

    /** Same as {@link Objects#toString} but numbers without exponent and maps/lists as JSON: for text templates. */
    public static String text(Object value) {
        if (value == null) return "null";
        if (value instanceof String s) return s;
        if (value instanceof BigDecimal d) return d.toPlainString();
        if (value instanceof Map || isList(value)) return JsonCodec.shared().write(value);
        return Objects.toString(value);
    }
}
