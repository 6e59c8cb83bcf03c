package io.crosscheck.junit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which scenario files were selected, and, for a file named by unique ids (an IDE re-running one scenario or one
 * example row), which of its scenarios (by line) and rows (1-based). A whole-file selection wins.
 */
final class Selections {
    /** Per file: null means the whole file; else scenario line → rows (empty: every row). */
    private final Map<Path, Map<Integer, Set<Integer>>> files = new LinkedHashMap<>();

    void file(Path file) {
        files.put(normal(file), null);
    }

    void scenario(Path file, int line, Integer row) {
        Path f = normal(file);
        if (files.containsKey(f) && files.get(f) == null) return;
        Map<Integer, Set<Integer>> scenarios = files.computeIfAbsent(f, k -> new TreeMap<>());
        Set<Integer> rows = scenarios.get(line);
        if (rows != null && rows.isEmpty()) return;
        if (row == null) {
            scenarios.put(line, new TreeSet<>());
        } else {
            scenarios.computeIfAbsent(line, k -> new TreeSet<>()).add(row);
        }
    }

    Set<Path> files() {
        return files.keySet();
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    boolean includes(Path file, int scenarioLine) {
        Map<Integer, Set<Integer>> scenarios = files.get(normal(file));
        return scenarios == null ? files.containsKey(normal(file)) : scenarios.containsKey(scenarioLine);
    }

    boolean includes(Path file, int scenarioLine, int row) {
        Map<Integer, Set<Integer>> scenarios = files.get(normal(file));
        if (scenarios == null) return files.containsKey(normal(file));
        Set<Integer> rows = scenarios.get(scenarioLine);
        return rows != null && (rows.isEmpty() || rows.contains(row));
    }

    static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
