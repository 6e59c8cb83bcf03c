package io.crosscheck.steps.testkit;

import io.crosscheck.engine.Crosscheck;
import io.crosscheck.engine.RunOptions;
import io.crosscheck.engine.json.JsonCodec;
import io.crosscheck.engine.spi.step.Problem;
import io.crosscheck.engine.spi.report.RunListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.commons.io.FileUtils;

/**
 * A project folder for a step module's tests, run through the real engine: scenario files, and a crosscheck.yaml whose
 * one environment {@code local} holds the connections and settings given. Each file is written at once, and
 * crosscheck.yaml again after each change to it, so that the folder is always what the calls so far describe.
 * <pre>{@code
 * StepRun run = StepTestKit.scenario(yaml).connection("sql", "main", Map.of("url", pg.jdbcUrl())).run();
 * assertThat(run.only().status()).isEqualTo(Status.PASSED);
 * }</pre>
 */
public final class StepTestKit {
    static final String ENVIRONMENT = "local";
    /** The folders {@link #scenario} made: a test reads them only while it runs, and they are deleted at the JVM's end. */
    private static final Set<Path> MADE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> MADE.forEach(dir -> FileUtils.deleteQuietly(dir.toFile())),
                "crosscheck-step-test-cleanup"));
    }

    private final Path dir;
    /** Per section of the environment: its value as YAML text, or its named connections, each as YAML text. */
    private final Map<String, Object> sections = new LinkedHashMap<>();
    private final Map<String, String> config = new LinkedHashMap<>();
    private final List<String> rawSections = new ArrayList<>();

    private StepTestKit(Path dir) {
        this.dir = dir;
    }

    /** A project in this folder (a JUnit {@code @TempDir}). */
    public static StepTestKit in(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StepTestKit(dir);
    }

    /** A project in a fresh temporary folder with one scenario file, {@code scenario.yaml}; the folder goes when the JVM ends. */
    public static StepTestKit scenario(String yaml) {
        try {
            Path dir = Files.createTempDirectory("crosscheck-step-test");
            MADE.add(dir);
            return in(dir).file("scenario.yaml", yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the project (a scenario, a fragment, a CSV of rows, crosscheck.yaml itself), by its path in it. */
    public StepTestKit file(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A named connection of the environment's {@code kind} section, e.g. {@code sql: {main: {url: ...}}}. */
    public StepTestKit connection(String kind, String name, Map<String, ?> properties) {
        return connection(kind, name, JsonCodec.shared().write(properties));
    }

    /** A named connection written as a YAML flow map, as a test about its wording or positions writes it. */
    @SuppressWarnings("unchecked")
    public StepTestKit connection(String kind, String name, String flowMap) {
        Object section = sections.get(kind);
        Map<String, String> named = section instanceof Map<?, ?> m ? (Map<String, String>) m : new LinkedHashMap<>();
        named.put(name, flowMap);
        sections.put(kind, named);
        return writeConfig();
    }

    /** An unnamed section of the environment, e.g. {@code http: {baseUrl: ...}}. */
    public StepTestKit settings(String section, Map<String, ?> values) {
        sections.put(section, JsonCodec.shared().write(values));
        return writeConfig();
    }

    /**
     * Sections of the environment as YAML text, as a test about their own wording writes them
     * ({@code "kafka:\n  main: …"}), in place of any given before.
     */
    public StepTestKit environment(String yaml) {
        rawSections.clear();
        rawSections.add(yaml);
        return writeConfig();
    }

    /** A top-level key of crosscheck.yaml as one line, e.g. {@code defaults: { timeout: 60s }}; a later line of a key wins. */
    public StepTestKit config(String yamlLine) {
        config.put(yamlLine.substring(0, yamlLine.indexOf(':')).strip(), yamlLine);
        return writeConfig();
    }

    public Path dir() {
        return dir;
    }

    /** A file of the project by its path in it, absolute and normalised (as the engine names the files it reads). */
    public Path path(String name) {
        return dir.resolve(name).toAbsolutePath().normalize();
    }

    /** Runs every scenario of the project with the step handlers on the classpath. */
    public StepRun run(RunListener... listeners) {
        return run(UnaryOperator.identity(), listeners);
    }

    /** Runs with options of the test's own, e.g. {@code o -> o.parallel(2).var("x", "1")}. */
    public StepRun run(UnaryOperator<RunOptions> options, RunListener... listeners) {
        return new StepRun(Crosscheck.run(options.apply(RunOptions.of(dir)), listeners));
    }

    /** Every problem of the project's files, as {@code crosscheck validate} finds them. */
    public List<Problem> validate() {
        return Crosscheck.validate(RunOptions.of(dir));
    }

    /** {@link #validate}'s problems as lines to compare: {@code crosscheck.yaml:4:51 message | hint}, by file name. */
    public List<String> problemLines() {
        return validate().stream().map(p -> Path.of(p.position().file()).getFileName() + ":" + p.position().line() + ":"
                + p.position().column() + " " + p.message() + (p.hint().isEmpty() ? "" : " | " + p.hint())).toList();
    }

    /**
     * crosscheck.yaml as written: a value given as a map as JSON (JSON is YAML; no quoting to get wrong), one named
     * connection a line, then the sections given as text.
     */
    String crosscheckYaml() {
        StringBuilder out = new StringBuilder();
        config.values().forEach(line -> out.append(line).append('\n'));
        if (sections.isEmpty() && rawSections.isEmpty()) return out.toString();
        out.append("environments:\n  ").append(ENVIRONMENT).append(":\n");
        sections.forEach((kind, value) -> {
            out.append("    ").append(kind).append(':');
            if (value instanceof Map<?, ?> named) {
                out.append('\n');
                named.forEach((name, yaml) -> out.append("      ").append(name).append(": ").append(yaml).append('\n'));
            } else {
                out.append(' ').append(value).append('\n');
            }
        });
        rawSections.forEach(raw -> out.append(raw.indent(4)));
        return out.toString();
    }

    private StepTestKit writeConfig() {
        return file("crosscheck.yaml", crosscheckYaml());
    }
}
