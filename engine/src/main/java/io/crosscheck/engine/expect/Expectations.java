package io.crosscheck.engine.expect;

import io.crosscheck.engine.expr.Values;
import java.util.Map;

/** The expected side of a message: {@code expected > 0}, {@code expected to contain 'x'}, ... */
final class Expectations {

    private Expectations() {
    }

    static String describe(Operator op, Object expected) {
        String v = Values.format(expected);
        return switch (op) {
            case EQ -> "expected " + v;
            case NE -> "expected not " + v;
            case GT, GTE, LT, LTE -> "expected " + op.symbol() + " " + v;
            case CONTAINS -> "expected to contain " + (expected instanceof Map ? "entries " : "") + v;
            case MATCHES -> "expected to match /" + expected + "/";
            case EXISTS -> Boolean.TRUE.equals(expected) ? "expected to exist" : "expected not to exist";
            case SIZE -> "expected size " + v;
            case TYPE -> "expected type " + expected;
            case ONE_OF -> "expected one of " + Values.json(expected);
            case SCHEMA -> "expected to match schema" + (expected instanceof String file ? " " + file : "");
        };
    }
}
