package io.crosscheck.engine.expr;

import java.math.MathContext;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlArithmetic;

/**
 * JEXL's arithmetic with {@code ==} made deep for lists, arrays and maps, comparing numbers by value at every
 * level: {@code [1003] == rows.ids} holds whether the database gave Longs and the API Integers.
 */
final class ValueArithmetic extends JexlArithmetic {

    ValueArithmetic(boolean strict) {
        super(strict);
    }

    ValueArithmetic(boolean strict, MathContext context, int scale) {
        super(strict, context, scale);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return new ValueArithmetic(strict, context, scale);
    }

    @Override
    public boolean equals(Object left, Object right) {
        if (isContainer(left) || isContainer(right)) return Values.equal(left, right);
        return super.equals(left, right);
    }

    /** {@code text =~ 'regex'}: JEXL's whole-text match, made to stop at the step's deadline. */
    @Override
    public Boolean contains(Object container, Object value) {
        if (value != null && (container instanceof CharSequence || container instanceof Pattern)) {
            Pattern pattern = container instanceof Pattern p ? p : Pattern.compile(container.toString());
            return Regex.matches(pattern, value.toString());
        }
        return super.contains(container, value);
    }

    private static boolean isContainer(Object o) {
        return o instanceof Map<?, ?> || Values.isList(o);
    }
}
