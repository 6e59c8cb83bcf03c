package io.crosscheck.engine.expect;

import io.crosscheck.engine.expr.ExpressionException;
import io.crosscheck.engine.expr.Regex;
import io.crosscheck.engine.expr.Values;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The value-level tests of the operators: equality by value, order, containment, regex, membership. */
final class Verdicts {

    private Verdicts() {
    }

    static boolean test(Operator op, Object expected, Object actual) {
        return switch (op) {
            case EQ -> Values.equal(expected, actual);
            case NE -> !Values.equal(expected, actual);
            case GT -> compare(actual, expected) > 0;
            case GTE -> compare(actual, expected) >= 0;
            case LT -> compare(actual, expected) < 0;
            case LTE -> compare(actual, expected) <= 0;
            case CONTAINS -> contains(actual, expected);
            case MATCHES -> matches(actual, expected);
            case ONE_OF -> oneOf(expected, actual);
            default -> throw new IllegalStateException("not a value test: " + op);
        };
    }

    private static int compare(Object actual, Object expected) {
        if (actual == null) throw new ExpressionException("was null");
        return Values.compare(actual, expected);
    }

    static boolean contains(Object actual, Object expected) {
        if (actual instanceof String s) return expected != null && s.contains(Values.text(expected));
        if (actual instanceof Map<?, ?> map) {
            if (expected instanceof Map<?, ?> sub) return containsEntries(map, sub);
            return map.containsKey(expected) || expected != null && map.containsKey(expected.toString());
        }
        if (actual instanceof Collection<?> items) {
            if (items.stream().anyMatch(item -> Values.equal(item, expected))) return true;
            return expected instanceof List<?> all && !all.isEmpty()
                    && all.stream().allMatch(e -> items.stream().anyMatch(item -> Values.equal(item, e)));
        }
        throw new ExpressionException(Values.describe(actual) + " cannot contain anything");
    }

    private static boolean containsEntries(Map<?, ?> map, Map<?, ?> sub) {
        for (Map.Entry<?, ?> e : sub.entrySet()) {
            if (!map.containsKey(e.getKey()) || !Values.equal(e.getValue(), map.get(e.getKey()))) return false;
        }
        return true;
    }

    private static boolean matches(Object actual, Object regex) {
        if (actual == null || actual instanceof Map || actual instanceof Collection) {
            throw new ExpressionException(Values.describe(actual) + " is not text");
        }
        try {
            return Regex.find(Pattern.compile(String.valueOf(regex)), Values.text(actual));
        } catch (PatternSyntaxException e) {
            throw new ExpressionException("bad regex: " + e.getDescription());
        }
    }

    private static boolean oneOf(Object options, Object actual) {
        if (!(options instanceof Collection<?> list)) throw new ExpressionException("oneOf needs a list, got " + Values.format(options));
        return list.stream().anyMatch(o -> Values.equal(o, actual));
    }
}
