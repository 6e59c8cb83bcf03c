package io.crosscheck.junit;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Display names that stand on their own: {@code file › scenario [row] › step}. Maven Surefire names a test (and a
 * failed container) after its display name alone, under the suite's class, so a shorter name would repeat across
 * files, scenarios and example rows (and Surefire reads repeated names as reruns of a flaky test). The row's number
 * keeps two identical rows apart.
 */
final class Names {
    static final String SEPARATOR = " › ";

    private Names() {
    }

    static String scenario(String file, String scenario) {
        return file + SEPARATOR + scenario;
    }

    /** {@code customers.yaml › Billing [2: plan=premium, price=12.5]}; rows are numbered from 1. */
    static String row(String scenario, int index, Map<String, Object> row) {
        return scenario + " [" + index + ": " + label(row) + "]";
    }

    static String step(String run, String step) {
        return run + SEPARATOR + step;
    }

    /** The row as the engine labels it in its own reports: {@code plan=basic, price=5}. */
    static String label(Map<String, Object> row) {
        return row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
