package io.crosscheck.engine.model;

import io.crosscheck.engine.result.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One scenario of a file. {@code vars} keeps file order (later vars may use earlier ones); {@code examples}
 * holds the rows to run it with (empty: run once). {@code rowNames} holds the name of the run with each row when the
 * name uses {@code ${...}} (rendered from the row; then no {@code [row]} label is added), else it is empty.
 */
public record Scenario(
        String name,
        String description,
        List<String> tags,
        Position position,
        Path file,
        Map<String, Object> vars,
        List<Step> setup,
        List<Step> steps,
        List<Step> teardown,
        List<Map<String, Object>> examples,
        Map<Map<String, Object>, String> rowNames) {

    public Scenario(String name, String description, List<String> tags, Position position, Path file,
                    Map<String, Object> vars, List<Step> setup, List<Step> steps, List<Step> teardown,
                    List<Map<String, Object>> examples) {
        this(name, description, tags, position, file, vars, setup, steps, teardown, examples, Map.of());
    }

    /** The name of the run with this row, as reports show it. */
    public String runName(Map<String, Object> row) {
        return rowNames.getOrDefault(row, name);
    }

    /** Whether {@link #runName} tells the row apart by itself, so that no {@code [row]} label is added. */
    public boolean namesRow(Map<String, Object> row) {
        return rowNames.containsKey(row);
    }

    public Scenario {
        description = description == null ? "" : description;
        tags = List.copyOf(tags);
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
        teardown = List.copyOf(teardown);
        examples = List.copyOf(examples);
        rowNames = rowNames == null ? Map.of() : rowNames;
    }
}
