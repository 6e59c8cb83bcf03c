package io.crosscheck.engine.expect;

import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.ExpressionException;
import io.crosscheck.engine.expr.Values;
import io.crosscheck.engine.result.CheckResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Checks one path's matcher (a literal or an operator map) against the value read at that path. */
final class OperatorChecks {
    private final SchemaCheck schemas = new SchemaCheck();

    List<CheckResult> check(String path, Object expected, Object actual, Path baseDir) {
        List<CheckResult> results = new ArrayList<>();
        if (expected instanceof Map<?, ?> map && Operator.isOperatorMap(map)) {
            map.forEach((k, v) -> {
                Operator op = Operator.named((String) k).orElseThrow();
                if (op == Operator.SIZE && v instanceof Map<?, ?> sizeOps && Operator.isOperatorMap(sizeOps)) {
                    sizeOps.forEach((sk, sv) -> results.add(size(path, Operator.named((String) sk).orElseThrow(), sv, actual)));
                } else {
                    results.add(one(path, op, v, actual, baseDir));
                }
            });
        } else {
            results.add(one(path, Operator.EQ, expected, actual, baseDir));
        }
        return results;
    }

    private CheckResult one(String path, Operator op, Object expected, Object actual, Path baseDir) {
        if (actual == ExpressionEngine.MISSING) {
            boolean passed = op == Operator.EXISTS && Boolean.FALSE.equals(expected);
            return result(path, op.key, expected, null, passed,
                    () -> path + ": " + Expectations.describe(op, expected) + ", path not found");
        }
        // a size check reports the size it saw, not the whole body it measured
        Object shown = op == Operator.SIZE && Sizes.of(actual) != null ? Sizes.of(actual) : actual;
        try {
            Verdict v = verdict(op, expected, actual, baseDir);
            return result(path, op.key, expected, shown, v.passed(),
                    () -> path + ": " + Expectations.describe(op, expected) + ", " + v.actual().get());
        } catch (RuntimeException e) { // a check that cannot be made fails with the reason; it never ends the run
            return result(path, op.key, expected, shown, false,
                    () -> path + ": " + Expectations.describe(op, expected) + ", but " + e.getMessage());
        }
    }

    private CheckResult size(String path, Operator op, Object expected, Object actual) {
        String matcher = "size." + op.key;
        Supplier<String> expectation = () -> "expected size " + Expectations.describe(op, expected).substring("expected ".length());
        if (actual == ExpressionEngine.MISSING) {
            return result(path, matcher, expected, null, false, () -> path + ": " + expectation.get() + ", path not found");
        }
        Integer n = Sizes.of(actual);
        if (n == null) {
            return result(path, matcher, expected, actual, false,
                    () -> path + ": " + expectation.get() + ", but " + Values.describe(actual) + " has no size");
        }
        try {
            boolean passed = Verdicts.test(op, expected, n);
            return result(path, matcher, expected, n, passed, () -> path + ": " + expectation.get() + ", was size " + n);
        } catch (ExpressionException e) {
            return result(path, matcher, expected, n, false, () -> path + ": " + expectation.get() + ", but " + e.getMessage());
        }
    }

    private Verdict verdict(Operator op, Object expected, Object actual, Path baseDir) {
        return switch (op) {
            case SIZE -> sizeVerdict(expected, actual);
            case TYPE -> new Verdict(Values.typeName(actual).equals(String.valueOf(expected)),
                    () -> "was " + Values.describe(actual));
            case SCHEMA -> {
                List<String> errors = schemas.errors(expected, actual, baseDir);
                yield new Verdict(errors.isEmpty(), () -> errors.isEmpty() ? "matched" : "but " + String.join("; ", errors));
            }
            case EXISTS -> new Verdict(Boolean.TRUE.equals(expected), () -> "was " + Values.format(actual));
            default -> new Verdict(Verdicts.test(op, expected, actual), () -> "was " + Values.format(actual));
        };
    }

    private static Verdict sizeVerdict(Object expected, Object actual) {
        Integer n = Sizes.of(actual);
        if (n == null) throw new ExpressionException(Values.describe(actual) + " has no size");
        return new Verdict(Values.equal(expected, n), () -> "was size " + n);
    }

    /** {@code message} is made only for a failed check: a passed one has none, and most checks pass. */
    private static CheckResult result(String path, String matcher, Object expected, Object actual, boolean passed,
                                      Supplier<String> message) {
        return new CheckResult(path, matcher, expected, actual, passed, passed ? "" : message.get());
    }

    /** {@code actual}: what the message says of the value seen, made only when the check failed. */
    private record Verdict(boolean passed, Supplier<String> actual) {
    }
}
