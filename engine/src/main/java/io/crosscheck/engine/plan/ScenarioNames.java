package io.crosscheck.engine.plan;

import io.crosscheck.engine.expr.ExpressionEngine;
import io.crosscheck.engine.expr.Scope;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scenario name with {@code ${...}} ({@code scenario: Plan ${plan} in ${region}}), rendered when the files are read
 * so that every report, the console and a JUnit tree show "Plan basic in eu" before anything runs. Its scope is the
 * example row and the scenario's vars written as plain values; a var computed with {@code ${...}} (say a random id) is
 * known only when the scenario runs, so naming it, or anything else outside the row, is a problem at the name. When
 * the rendered names alone do not tell the rows apart, each keeps its {@code [row]} label.
 */
final class ScenarioNames {
    /** {@code name} as rendered without a row; {@code rowNames} the name of the run with each row. */
    record Rendered(String name, Map<Map<String, Object>, String> rowNames) {
    }

    private final ExpressionEngine expressions;

    ScenarioNames(ExpressionEngine expressions) {
        this.expressions = expressions;
    }

    Rendered render(ConfigNode node, String name, Map<String, Object> vars, List<Map<String, Object>> rows,
                    Problems problems) {
        if (name == null || !name.contains("${")) return new Rendered(name, Map.of());
        var syntax = expressions.templateError(name);
        if (syntax.isPresent()) {
            problems.add(node, "bad expression: " + syntax.get());
            return new Rendered(name, Map.of());
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        vars.forEach((k, v) -> {
            if (!hasTemplate(v)) plain.put(k, v);
        });
        Scope varsLayer = Scope.root(plain);
        try {
            if (rows.isEmpty()) return new Rendered(expressions.renderText(name, varsLayer), Map.of());
            Map<Map<String, Object>, String> names = new LinkedHashMap<>();
            for (Map<String, Object> row : rows) names.put(row, expressions.renderText(name, varsLayer.child(row)));
            Set<String> distinct = new HashSet<>(names.values());
            if (distinct.size() < rows.size()) names.replaceAll((row, n) -> n + " [" + label(row) + "]");
            return new Rendered(name, names);
        } catch (RuntimeException e) {
            problems.add(node, "bad expression in the scenario's name: " + e.getMessage(),
                    "a name may use the example row's columns and vars written as plain values"
                            + " (a var computed with ${...} is known only when the scenario runs)");
            return new Rendered(name, Map.of());
        }
    }

    private static boolean hasTemplate(Object value) {
        if (value instanceof String s) return s.contains("${");
        if (value instanceof Map<?, ?> m) return m.values().stream().anyMatch(ScenarioNames::hasTemplate);
        if (value instanceof List<?> l) return l.stream().anyMatch(ScenarioNames::hasTemplate);
        return false;
    }

    /** The row as the runner labels it: {@code plan=basic, region=eu}. */
    private static String label(Map<String, Object> row) {
        return row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
