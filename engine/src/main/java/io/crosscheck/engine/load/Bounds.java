package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import io.crosscheck.engine.spi.step.Range;
import java.math.BigDecimal;

/** Numbers of config keys: the type the component asks for, and its {@link Range}. */
final class Bounds {
    private Bounds() {
    }

    /**
     * A bounded key: a whole number within the range, or, for an {@code Object} component, also a {@code ${...}}
     * template (kept as text, checked when rendered). Null after a problem.
     */
    static Object check(String key, ConfigNode node, Range range, Class<?> type, Problems problems) {
        boolean templates = type == Object.class;
        if (!templates && type != int.class && type != Integer.class && type != long.class && type != Long.class) {
            throw new IllegalStateException("@Range on " + key + ": a whole-number or Object component, not " + type.getName());
        }
        if (templates && node.value() instanceof String s && s.contains("${")) return s;
        if (templates && !(node.value() instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()))) {
            problems.add(node, ValueWords.expected(ValueWords.wholeOrTemplate(range.min()), node));
            return null;
        }
        Object n = number(node, templates ? Long.class : type, problems);
        if (n == null) return null;
        long value = ((Number) n).longValue();
        if (value < range.min() || value > range.max()) {
            problems.add(node, ValueWords.outOfRange(key, range.min() == Long.MIN_VALUE ? null : range.min(),
                    range.max() == Long.MAX_VALUE ? null : range.max(), value));
            return null;
        }
        return n;
    }

    static Object number(ConfigNode node, Class<?> raw, Problems problems) {
        if (!(node.value() instanceof Number n)) {
            problems.add(node, ValueWords.expected("a number", node));
            return null;
        }
        if (!Double.isFinite(n.doubleValue())) {
            problems.add(node, "number too large: " + node.text());
            return null;
        }
        if (raw == double.class || raw == Double.class) return n.doubleValue();
        if (n.doubleValue() != Math.rint(n.doubleValue())) {
            problems.add(node, ValueWords.expected("a whole number", node));
            return null;
        }
        boolean isInt = raw == int.class || raw == Integer.class;
        // a long or int silently cut to its low bits would be another number: refused instead
        if (!(n instanceof Long) || (isInt && (n.longValue() > Integer.MAX_VALUE || n.longValue() < Integer.MIN_VALUE))) {
            BigDecimal exact = new BigDecimal(n.toString());
            BigDecimal max = BigDecimal.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
            if (exact.abs().compareTo(max) > 0) {
                problems.add(node, "number too large: " + node.text(), "at most " + max);
                return null;
            }
        }
        return isInt ? (Object) n.intValue() : (Object) n.longValue();
    }
}
