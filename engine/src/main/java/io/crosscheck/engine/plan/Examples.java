package io.crosscheck.engine.plan;

import io.crosscheck.engine.load.SourceFiles;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.result.Position;
import io.crosscheck.engine.spi.step.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of {@code examples:}: an inline list of maps, {@code {csv: file}} relative to the scenario file, or
 * {@code {matrix: {NAME: [values]}}} (see {@link MatrixExamples}).
 * A column may not have the name of one of the scenario's {@code vars}: the var would hide it (spec §3, scope).
 */
final class Examples {
    private final SourceFiles sources;

    Examples(SourceFiles sources) {
        this.sources = sources;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> read(ConfigNode node, Path scenarioFile, Set<String> varNames, Problems problems) {
        if (node.isList()) {
            if (node.items().isEmpty()) problems.add(node, "examples is empty", "add a row per run, or remove examples");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ConfigNode row : node.items()) {
                if (!row.isMap()) {
                    problems.add(row, "an example row must be a map such as { plan: basic }");
                    continue;
                }
                row.entries().keySet().stream().filter(varNames::contains)
                        .forEach(k -> problems.add(row.keyPosition(k), clash(k), CLASH_HINT));
                rows.add((Map<String, Object>) row.value());
            }
            return rows;
        }
        var matrix = node.get("matrix");
        if (node.isMap() && node.entries().size() == 1 && matrix.isPresent()) {
            List<Map<String, Object>> rows = MatrixExamples.rows(matrix.get(), problems);
            matrix.get().entries().keySet().stream().filter(varNames::contains)
                    .forEach(k -> problems.add(matrix.get().keyPosition(k), clash(k), CLASH_HINT));
            return rows;
        }
        var csv = node.get("csv");
        if (!node.isMap() || node.entries().size() != 1 || csv.isEmpty() || !csv.get().isScalar()) {
            problems.add(node, "examples must be a list of rows, { csv: file.csv } or { matrix: { NAME: [values] } }");
            return List.of();
        }
        Path file = scenarioFile.toAbsolutePath().getParent().resolve(csv.get().text()).normalize();
        if (!Files.isRegularFile(file)) {
            problems.add(csv.get(), "examples file not found: " + file);
            return List.of();
        }
        String name = SourceFiles.displayName(file);
        int before = problems.size();
        List<Map<String, Object>> rows = sources.read(file, name, problems)
                .map(text -> new CsvExamples(name, text).rows(problems)).orElse(List.of());
        if (!rows.isEmpty()) {
            rows.get(0).keySet().stream().filter(varNames::contains)
                    .forEach(k -> problems.add(new Position(name, 1, 1), clash(k), CLASH_HINT));
        }
        return problems.size() > before ? List.of() : rows;
    }

    private static final String CLASH_HINT = "rename the column or the var";

    private static String clash(String column) {
        return "example column '" + column + "' has the name of one of the scenario's vars, which would hide it";
    }
}
