package io.crosscheck.engine.expr;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** Turns the list-like values expressions meet (lists, sets, arrays, JEXL ranges) into a list. */
final class Lists {

    private Lists() {
    }

    /** The items of a list-like value; a clear error for anything else. */
    static List<Object> of(Object value) {
        if (value instanceof List<?> list) return new ArrayList<>(list);
        List<Object> items = new ArrayList<>();
        if (value instanceof Iterable<?> iterable) {
            for (Object item : iterable) {
                if (Thread.currentThread().isInterrupted()) throw new ExpressionException("interrupted");
                items.add(item);
            }
            return items;
        }
        if (value != null && value.getClass().isArray()) {
            int n = Array.getLength(value);
            for (int i = 0; i < n; i++) items.add(Array.get(value, i));
            return items;
        }
        throw new ExpressionException("expected a list, was " + Values.describe(value));
    }
}
