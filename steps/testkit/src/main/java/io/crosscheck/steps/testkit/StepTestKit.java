package io.crosscheck.steps.testkit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.spi.RunListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs scenarios through the real engine, the way a step module's tests do: a project folder with a crosscheck.yaml
 * whose one environment {@code test} holds the connections given, and the scenario files, then a real run.
 * <pre>{@code
 * StepRun run = StepTestKit.scenario(yaml).connection("sql", "main", Map.of("url", pg.jdbcUrl())).in(dir).run();
 * assertThat(run.only().status()).isEqualTo(Status.PASSED);
 * }</pre>
 * The folder is {@link #in(Path)}'s (a JUnit {@code @TempDir}), else a fresh temporary one.
 */
public final class StepTestKit {
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
    private final List<String> configLines = new ArrayList<>(List.of("defaults: { timeout: 30s }"));
    private RunOptions options;
    private Path dir;

    private StepTestKit() {
    }

    /** A project with one scenario file, {@code scenario.yaml}. */
    public static StepTestKit scenario(String yaml) {
        return new StepTestKit().file("scenario.yaml", yaml);
    }

    /** A project with no file yet: add them with {@link #file}. */
    public static StepTestKit project() {
        return new StepTestKit();
    }

    /** Another file of the project (a scenario, a fragment, a CSV of rows), by its path in the folder. */
    public StepTestKit file(String name, String text) {
        files.put(name, text);
        return this;
    }

    /** A named connection of the environment's {@code kind} section, e.g. {@code sql: {main: {url: ...}}}. */
    public StepTestKit connection(String kind, String name, Map<String, ?> properties) {
        sections.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(name, properties);
        return this;
    }

    /** An unnamed section of the environment, e.g. {@code http: {baseUrl: ...}}. */
    public StepTestKit settings(String section, Map<String, ?> values) {
        sections.computeIfAbsent(section, k -> new LinkedHashMap<>()).putAll(values);
        return this;
    }

    /** A top-level line of crosscheck.yaml, e.g. {@code defaults: { timeout: 60s }} (later lines win). */
    public StepTestKit config(String yamlLine) {
        configLines.add(yamlLine);
        return this;
    }

    /** The options of the run, given the project folder (e.g. {@code RunOptions.of(dir).parallel(2)}). */
    public StepTestKit options(java.util.function.Function<Path, RunOptions> make) {
        this.options = make.apply(folder());
        return this;
    }

    public StepTestKit in(Path folder) {
        this.dir = folder;
        return this;
    }

    /** Writes the project and runs every scenario in it. */
    public StepRun run(RunListener... listeners) {
        Path folder = write();
        return StepRun.of(Crosscheck.run(options != null ? options : RunOptions.of(folder), listeners));
    }

    /** Writes the project and returns its folder, e.g. to validate it. */
    public Path write() {
        Path folder = folder();
        try {
            Files.writeString(folder.resolve("crosscheck.yaml"), crosscheckYaml());
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = folder.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** crosscheck.yaml as written: JSON is YAML, so each section is written as JSON (no quoting to get wrong). */
    String crosscheckYaml() {
        Map<String, String> top = new LinkedHashMap<>();
        for (String line : configLines) top.put(line.substring(0, line.indexOf(':')).strip(), line);
        StringBuilder out = new StringBuilder(String.join("\n", top.values())).append('\n');
        if (!sections.isEmpty()) {
            out.append("environments:\n  test: ").append(io.crosscheck.engine.json.JsonCodec.shared().write(sections))
                    .append('\n');
        }
        return out.toString();
    }

    private Path folder() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("crosscheck-step-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
