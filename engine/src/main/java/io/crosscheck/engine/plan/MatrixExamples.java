package io.crosscheck.engine.plan;

import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code examples: {matrix: {plan: [basic, premium], region: [eu, us]}}}: the cross product of the lists, in the order
 * of a nested loop over the keys in file order (the last key varies fastest). Each value must be a non-empty list,
 * and the product is bounded so that a slip (a list pasted twice) cannot plan millions of runs.
 */
final class MatrixExamples {
    static final int MAX_ROWS = 10_000;

    private MatrixExamples() {
    }

    /** The rows; empty after adding problems. */
    static List<Map<String, Object>> rows(ConfigNode matrix, Problems problems) {
        if (!matrix.isMap() || matrix.entries().isEmpty()) {
            problems.add(matrix, "matrix must be a map of NAME: [values], such as { plan: [basic, premium] }");
            return List.of();
        }
        int before = problems.size();
        long count = 1;
        for (var e : matrix.entries().entrySet()) {
            ConfigNode values = e.getValue();
            if (!values.isList()) {
                problems.add(values, "matrix value '" + e.getKey() + "' must be a list such as [basic, premium]");
            } else if (values.items().isEmpty()) {
                problems.add(values, "matrix value '" + e.getKey() + "' is empty", "give it at least one value, or remove it");
            } else {
                count = Math.min(count * values.items().size(), MAX_ROWS + 1L);
            }
        }
        if (problems.size() > before) return List.of();
        if (count > MAX_ROWS) {
            problems.add(matrix, "matrix gives more than " + MAX_ROWS + " rows", "use fewer values, or split the scenario");
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(Map.of());
        for (var e : matrix.entries().entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                for (ConfigNode value : e.getValue().items()) {
                    Map<String, Object> longer = new LinkedHashMap<>(row);
                    longer.put(e.getKey(), value.value());
                    next.add(longer);
                }
            }
            rows = next;
        }
        return rows;
    }
}
