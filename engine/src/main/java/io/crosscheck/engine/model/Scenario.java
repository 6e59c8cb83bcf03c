package io.crosscheck.engine.model;

import io.crosscheck.engine.spi.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One scenario of a file. {@code vars} keeps file order (later vars may use earlier ones); {@code examples}
 * holds the rows to run it with (empty: run once).
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
        List<Map<String, Object>> examples) {

    public Scenario {
        description = description == null ? "" : description;
        tags = List.copyOf(tags);
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
        teardown = List.copyOf(teardown);
        examples = List.copyOf(examples);
    }
}
