package io.crosscheck.steps.sql;

import io.crosscheck.engine.spi.CheckResult;
import io.crosscheck.engine.spi.RunResult;
import io.crosscheck.engine.spi.ScenarioResult;
import io.crosscheck.engine.spi.StepRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A scenario folder written by a test: crosscheck.yaml naming the datasources, and scenario files. */
final class Project {
    private final Path dir;

    private Project(Path dir) {
        this.dir = dir;
    }

    /** A project whose only environment {@code local} has these sql datasources (name → JDBC URL; user postgres). */
    static Project withDatasources(Path dir, Map<String, String> datasources) {
        StringBuilder yaml = new StringBuilder("environments:\n  local:\n    sql:\n");
        datasources.forEach((name, url) -> yaml.append("      ").append(name).append(": { url: \"").append(url)
                .append("\", user: postgres, password: \"\", connectionTimeout: 1500ms }\n"));
        return new Project(dir).file("crosscheck.yaml", yaml.toString());
    }

    Project file(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path dir() {
        return dir;
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    /** Every scenario with its status, and each step's error and failed checks: an assertion's description. */
    static String describe(RunResult run) {
        StringBuilder sb = new StringBuilder();
        for (ScenarioResult s : run.scenarios()) {
            sb.append('\n').append(s.status()).append(' ').append(s.displayName()).append(' ').append(s.message());
            for (StepRecord step : s.steps()) {
                sb.append("\n  ").append(step.status()).append(' ').append(step.name()).append(" x").append(step.attempts());
                if (!step.error().isEmpty()) sb.append(" error: ").append(step.error());
                for (CheckResult c : step.checks()) {
                    if (!c.passed()) sb.append("\n    ").append(c.path()).append(" expected ").append(c.expected())
                            .append(" actual ").append(c.actual()).append(' ').append(c.message());
                }
            }
        }
        return sb.toString();
    }
}
