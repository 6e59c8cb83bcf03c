package io.crosscheck.engine.expect;

import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.EvaluationAborted;
import io.crosscheck.engine.expr.ExpressionException;
import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.expr.Secrets;
import io.crosscheck.engine.result.CheckResult;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code expect} matchers and the {@code assert} step (spec §4, §2.5). Each path/operator and each expression
 * gives its own {@link CheckResult}; messages are short and concrete ({@code rows[0].amount: expected > 0, was -3})
 * and secrets in them are masked. One per run; thread-safe.
 */
public final class Matchers {
    private final ExpressionEngine engine;
    private final ExpectValidator validator;
    private final OperatorChecks operators = new OperatorChecks();
    private final Assertions assertions;

    public Matchers(ExpressionEngine engine) {
        this.engine = engine;
        this.validator = new ExpectValidator(engine);
        this.assertions = new Assertions(engine);
    }

    /** Checks the expect map node: paths, matcher names ("did you mean"), operator arguments, that: expressions. */
    public void validate(ConfigNode expect, Problems problems) {
        validator.validate(expect, problems);
    }

    /**
     * Checks each PATH → MATCHER against a step's result. Matchers are rendered first ({@code ${}} templates, with the
     * result's entries in scope); {@code that:} expressions see the result's entries and {@code result}.
     */
    public List<CheckResult> check(Map<String, Object> expect, Object result, Scope scope, Path baseDir) {
        List<CheckResult> results = new ArrayList<>();
        Scope inner = null; // the result's layer, built only for what reads it: most expected values are plain
        for (Map.Entry<String, Object> e : expect.entrySet()) {
            String path = e.getKey();
            boolean that = Assertions.MATCHER.equals(path);
            boolean readsScope = that || ExpressionEngine.readsScope(e.getValue());
            if (readsScope && inner == null) inner = engine.withResult(result, scope);
            if (that) {
                results.addAll(assertions.check(lines(e.getValue()), inner));
                continue;
            }
            try {
                Object expected = readsScope ? engine.render(e.getValue(), inner) : e.getValue();
                Object actual = engine.read(path, result, scope);
                results.addAll(operators.check(path, expected, actual, baseDir));
            } catch (EvaluationAborted ex) {
                throw ex;
            } catch (ExpressionException ex) {
                results.add(new CheckResult(path, "eq", e.getValue(), null, false, path + ": " + ex.getMessage()));
            }
        }
        return masked(results);
    }

    /** The {@code assert} step: each expression must be true; a failing line explains the values of its parts. */
    public List<CheckResult> checkAll(List<String> expressions, Scope scope) {
        return masked(assertions.check(expressions, scope));
    }

    private static List<String> lines(Object value) {
        if (value instanceof List<?> list) return list.stream().map(String::valueOf).toList();
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private List<CheckResult> masked(List<CheckResult> results) {
        Secrets s = engine.secrets();
        List<CheckResult> out = new ArrayList<>(results.size());
        for (CheckResult r : results) {
            out.add(new CheckResult(s.mask(r.path()), r.matcher(), s.maskDeep(r.expected()), s.maskDeep(r.actual()), r.passed(), s.mask(r.message())));
        }
        return out;
    }
}
