package io.crosscheck.engine.load;

import io.crosscheck.engine.spi.step.ConfigNode;

/**
 * The one wording of a value of the wrong type or out of its bounds, used by the binder and by the schema check, so
 * a mistake reads the same whichever finds it first.
 */
public final class ValueWords {
    private ValueWords() {
    }

    /** {@code expected a whole number, got 'many'}. */
    public static String expected(String what, ConfigNode got) {
        return "expected " + what + ", got " + describe(got);
    }

    /** {@code count must be 1 or more, got 0}; {@code fetchSize must be 1000000 or less, got 2000000}. */
    public static String outOfRange(String key, Number min, Number max, Object got) {
        boolean below = max == null || min != null
                && new java.math.BigDecimal(String.valueOf(got)).compareTo(new java.math.BigDecimal(String.valueOf(min))) < 0;
        return key + " must be " + (below ? min + " or more" : max + " or less") + ", got " + got;
    }

    /** {@code a whole number (1 or more) or a ${...} template}: what a bounded key that takes templates accepts. */
    public static String wholeOrTemplate(long min) {
        return "a whole number" + (min == Long.MIN_VALUE ? "" : " (" + min + " or more)") + " or a ${...} template";
    }

    /** A node as a message quotes it: {@code 'abc'}, {@code a map}, {@code a list}, {@code nothing}. */
    public static String describe(ConfigNode node) {
        return switch (node.kind()) {
            case MAP -> "a map";
            case LIST -> "a list";
            case NULL -> "nothing";
            case SCALAR -> "'" + node.text() + "'";
        };
    }
}
