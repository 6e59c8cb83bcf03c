package io.crosscheck.engine.expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlScript;

/**
 * The pandas-like functions over lists of maps. A {@code field} is a key, a dotted path into nested maps
 * ({@code 'address.city'}), or a lambda ({@code x -> x.a + x.b}); without a field, the items themselves are used.
 */
public abstract class DataFunctions {
    private final JexlContext context;

    DataFunctions(JexlContext context) {
        this.context = context;
    }

    /** The items for which {@code predicate} is true. */
    public List<Object> where(Object list, JexlScript predicate) {
        List<Object> kept = new ArrayList<>();
        for (Object item : Lists.of(list)) {
            if (test(predicate, item)) kept.add(item);
        }
        return kept;
    }

    /** How many items there are. */
    public int count(Object list) {
        return Lists.of(list).size();
    }

    /** How many items {@code predicate} is true for. */
    public int count(Object list, JexlScript predicate) {
        return where(list, predicate).size();
    }

    /** Value of {@code field} → how many items have it, most frequent first (ties in order of appearance). */
    public Map<Object, Long> groupCount(Object list, Object field) {
        Map<Object, Object> firstSeen = new LinkedHashMap<>();
        Map<Object, Long> counts = new LinkedHashMap<>();
        for (Object item : Lists.of(list)) {
            Object value = field(item, field);
            Object key = Values.key(value);
            firstSeen.putIfAbsent(key, value);
            counts.merge(key, 1L, Long::sum);
        }
        List<Map.Entry<Object, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<Object, Long>comparingByValue().reversed());
        Map<Object, Long> result = new LinkedHashMap<>();
        for (Map.Entry<Object, Long> e : entries) result.put(firstSeen.get(e.getKey()), e.getValue());
        return result;
    }

    public Number sum(Object list) {
        return Numbers.sum(fieldValues(list, null), "sum");
    }

    /** Sum of a numeric field; nulls are skipped; a Long when every value is integral. */
    public Number sum(Object list, Object field) {
        return Numbers.sum(fieldValues(list, field), "sum");
    }

    public Number avg(Object list) {
        return Numbers.avg(fieldValues(list, null));
    }

    /** Mean of a numeric field as a Double; null for no values. */
    public Number avg(Object list, Object field) {
        return Numbers.avg(fieldValues(list, field));
    }

    public Object min(Object list) {
        return extreme(fieldValues(list, null), -1);
    }

    /** Smallest value of a field (numbers by value, text alphabetically); null for no values. */
    public Object min(Object list, Object field) {
        return extreme(fieldValues(list, field), -1);
    }

    public Object max(Object list) {
        return extreme(fieldValues(list, null), 1);
    }

    public Object max(Object list, Object field) {
        return extreme(fieldValues(list, field), 1);
    }

    public List<Object> distinct(Object list) {
        return distinct(list, null);
    }

    /** The distinct values of a field in order of appearance ({@code 1} and {@code 1.0} are one value). */
    public List<Object> distinct(Object list, Object field) {
        Map<Object, Object> seen = new LinkedHashMap<>();
        for (Object item : Lists.of(list)) {
            Object value = field(item, field);
            seen.putIfAbsent(Values.key(value), value);
        }
        return new ArrayList<>(seen.values());
    }

    /** The values of a field, one per item (null where absent). */
    public List<Object> pluck(Object list, Object field) {
        List<Object> out = new ArrayList<>();
        for (Object item : Lists.of(list)) out.add(field(item, field));
        return out;
    }

    public List<Object> sortBy(Object list, Object field) {
        return sortBy(list, field, "asc");
    }

    /** A sorted copy by a field, {@code 'asc'} or {@code 'desc'}; items without the field come last. */
    public List<Object> sortBy(Object list, Object field, String order) {
        boolean desc = "desc".equalsIgnoreCase(order);
        if (!desc && !"asc".equalsIgnoreCase(order)) throw new ExpressionException("sortBy: order is 'asc' or 'desc', not '" + order + "'");
        Comparator<Object> byValue = (a, b) -> {
            Object x = field(a, field);
            Object y = field(b, field);
            if (x == null || y == null) return Values.order(x, y); // nulls last either way
            return desc ? Values.order(y, x) : Values.order(x, y);
        };
        List<Object> sorted = Lists.of(list);
        sorted.sort(byValue);
        return sorted;
    }

    /** The first {@code n} entries of a map (e.g. of groupCount) or items of a list. */
    public Object top(Object mapOrList, Number n) {
        int limit = n.intValue();
        if (limit < 0) throw new ExpressionException("top: n must not be negative, was " + limit);
        if (mapOrList instanceof Map<?, ?> map) {
            Map<Object, Object> first = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (first.size() == limit) break;
                first.put(e.getKey(), e.getValue());
            }
            return first;
        }
        List<Object> items = Lists.of(mapOrList);
        return new ArrayList<>(items.subList(0, Math.min(limit, items.size())));
    }

    /** The keys of a map, in its order. */
    public List<Object> keys(Map<?, ?> map) {
        return new ArrayList<>(map.keySet());
    }

    /** The values of a map, in its order. */
    public List<Object> values(Map<?, ?> map) {
        return new ArrayList<>(map.values());
    }

    private List<Object> fieldValues(Object list, Object field) {
        List<Object> out = new ArrayList<>();
        for (Object item : Lists.of(list)) {
            Object value = field(item, field);
            if (value != null) out.add(value);
        }
        return out;
    }

    private static Object extreme(List<Object> values, int sign) {
        Object best = null;
        for (Object v : values) {
            if (best == null || sign * Values.compare(v, best) > 0) best = v;
        }
        return best;
    }

    private boolean test(JexlScript predicate, Object item) {
        Object result = predicate.execute(context, item);
        if (result instanceof Boolean b) return b;
        throw new ExpressionException("the condition must be true or false, was " + Values.format(result) + " for " + Values.format(item));
    }

    private Object field(Object item, Object field) {
        if (field == null) return item;
        if (field instanceof JexlScript fn) return fn.execute(context, item);
        return Fields.get(item, field.toString());
    }
}
