package io.crosscheck.engine.expect;

import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.EvaluationAborted;
import io.crosscheck.engine.expr.ExpressionException;
import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.expr.Values;
import io.crosscheck.engine.result.CheckResult;
import java.util.ArrayList;
import java.util.List;

/** Boolean expressions ({@code assert} lines and {@code that:}): each must be true; a failure explains its parts. */
final class Assertions {
    static final String MATCHER = "that";

    private final ExpressionEngine engine;

    Assertions(ExpressionEngine engine) {
        this.engine = engine;
    }

    List<CheckResult> check(List<String> expressions, Scope scope) {
        List<CheckResult> results = new ArrayList<>();
        for (String line : expressions) results.add(one(line, scope));
        return results;
    }

    private CheckResult one(String line, Scope scope) {
        String expression = unwrap(line);
        Object value;
        try {
            value = engine.evaluate(expression, scope);
        } catch (EvaluationAborted e) {
            throw e;
        } catch (ExpressionException e) {
            return new CheckResult(line, MATCHER, true, null, false, e.getMessage());
        }
        if (Boolean.TRUE.equals(value)) return new CheckResult(line, MATCHER, true, true, true, "");
        String why = value instanceof Boolean ? "" : "was " + Values.format(value) + ", not true or false; ";
        return new CheckResult(line, MATCHER, true, value, false, why + engine.explain(expression, scope));
    }

    /** {@code ${x == 1}} written as an assertion is the expression {@code x == 1}. */
    static String unwrap(String line) {
        String s = line.trim();
        if (s.startsWith("${") && s.endsWith("}") && s.indexOf("${", 2) < 0) return s.substring(2, s.length() - 1).trim();
        return s;
    }
}
