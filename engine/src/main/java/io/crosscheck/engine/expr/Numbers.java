package io.crosscheck.engine.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** Sums and means of mixed numbers: exact for integers and decimals, Long when every value is integral. */
final class Numbers {

    private Numbers() {
    }

    static Number sum(List<Object> values, String function) {
        BigDecimal total = BigDecimal.ZERO;
        boolean integral = true;
        boolean decimal = false;
        for (Object v : values) {
            Number n = number(v, function);
            BigDecimal d = Values.decimal(n);
            if (d == null) return values.stream().mapToDouble(x -> ((Number) x).doubleValue()).sum(); // NaN, infinity
            total = total.add(d);
            integral &= n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte || n instanceof BigInteger;
            decimal |= n instanceof BigDecimal;
        }
        if (integral) {
            try {
                return total.longValueExact();
            } catch (ArithmeticException e) {
                return total.toBigInteger();
            }
        }
        return decimal ? total : total.doubleValue();
    }

    static Double avg(List<Object> values) {
        if (values.isEmpty()) return null;
        return sum(values, "avg").doubleValue() / values.size();
    }

    private static Number number(Object value, String function) {
        if (value instanceof Number n) return n;
        throw new ExpressionException(function + ": " + Values.format(value) + " is not a number");
    }
}
