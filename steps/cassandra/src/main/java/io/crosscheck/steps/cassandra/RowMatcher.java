package io.crosscheck.steps.cassandra;

import io.crosscheck.engine.spi.StepContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a row is wanted: every {@code where} column equals its value (numbers by value), and the {@code match}
 * expression, evaluated with the row's columns (and the row itself as {@code row}) in scope, is true.
 */
final class RowMatcher {
    private final StepContext ctx;
    private final String match;
    private final Map<String, Object> where;

    RowMatcher(StepContext ctx, String match, Map<String, Object> where) {
        this.ctx = ctx;
        this.match = match == null || match.isBlank() ? null : match;
        this.where = where;
    }

    boolean test(Map<String, Object> row) {
        for (Map.Entry<String, Object> condition : where.entrySet()) {
            if (!same(row.get(condition.getKey()), condition.getValue())) {
                return false;
            }
        }
        if (match == null) {
            return true;
        }
        Map<String, Object> locals = new HashMap<>(row);
        locals.putIfAbsent("row", row);
        Object result;
        try {
            result = ctx.eval(match, locals);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("match '" + match + "' failed on row " + row + ": " + e.getMessage(), e);
        }
        if (result instanceof Boolean b) {
            return b;
        }
        if (result == null) {
            return false;
        }
        throw new IllegalArgumentException("match '" + match + "' must be true or false, was " + result + " on row " + row);
    }

    static boolean same(Object actual, Object wanted) {
        if (actual == null || wanted == null) {
            return actual == wanted;
        }
        if (actual instanceof Number a && wanted instanceof Number w) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(w.toString())) == 0;
        }
        return actual.equals(wanted) || actual.toString().equals(wanted.toString());
    }
}
