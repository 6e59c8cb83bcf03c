package io.crosscheck.engine.plan;

import io.crosscheck.engine.spi.ConfigNode;
import io.crosscheck.engine.spi.Problems;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The rows of {@code examples:}: an inline list of maps, or {@code {csv: file}} relative to the scenario file. */
final class Examples {
    private Examples() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read(ConfigNode node, Path scenarioFile, Problems problems) {
        if (node.isList()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ConfigNode row : node.items()) {
                if (row.isMap()) rows.add((Map<String, Object>) row.value());
                else problems.add(row, "an example row must be a map such as { plan: basic }");
            }
            return rows;
        }
        var csv = node.get("csv");
        if (!node.isMap() || csv.isEmpty() || !csv.get().isScalar()) {
            problems.add(node, "examples must be a list of rows or { csv: file.csv }");
            return List.of();
        }
        Path file = scenarioFile.toAbsolutePath().getParent().resolve(csv.get().text()).normalize();
        if (!Files.isRegularFile(file)) {
            problems.add(csv.get(), "examples file not found: " + file);
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).setTrim(true).get().parse(reader)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, Object> row = new LinkedHashMap<>();
                record.toMap().forEach(row::put);
                rows.add(row);
            }
            return rows;
        } catch (IOException | IllegalArgumentException e) {
            problems.add(csv.get(), "cannot read examples file " + file + ": " + e.getMessage());
            return List.of();
        }
    }
}
