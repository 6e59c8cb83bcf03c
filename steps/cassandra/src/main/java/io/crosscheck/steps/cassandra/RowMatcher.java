package io.crosscheck.steps.cassandra;

import io.crosscheck.engine.spi.step.StepContext;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;
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
        Object result;
        try {
            result = ctx.eval(match, row.containsKey("row") ? row : new WithRow(row));
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

    /** The row's columns plus the row itself as {@code row}, without copying the row. */
    private static final class WithRow extends AbstractMap<String, Object> {
        private final Map<String, Object> row;

        WithRow(Map<String, Object> row) {
            this.row = row;
        }

        @Override
        public Object get(Object key) {
            return "row".equals(key) ? row : row.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return "row".equals(key) || row.containsKey(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    Iterator<Entry<String, Object>> columns = row.entrySet().iterator();
                    return new Iterator<>() {
                        private boolean rowGiven;

                        @Override
                        public boolean hasNext() {
                            return columns.hasNext() || !rowGiven;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (columns.hasNext()) {
                                return columns.next();
                            }
                            if (rowGiven) {
                                throw new java.util.NoSuchElementException();
                            }
                            rowGiven = true;
                            return new SimpleImmutableEntry<>("row", row);
                        }
                    };
                }

                @Override
                public int size() {
                    return row.size() + 1;
                }
            };
        }
    }
}
