package io.crosscheck.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.engine.load.SourceFile;
import io.crosscheck.engine.load.YamlLoader;
import io.crosscheck.engine.spi.step.ConfigNode;
import io.crosscheck.engine.spi.step.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example a user may copy passes the schemas: the files of {@code scenarios/} and {@code examples/}, and each fenced
 * {@code ```yaml} block of README.md, steps/*&#47;README.md and docs/*.md that is a whole scenario (or a whole
 * crosscheck.yaml). Editors show the same schemas, so an example that fails here would be underlined there.
 */
class DocumentedExamplesTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?ms)^```ya?ml\\s*\\n(.*?)^```");
    private static final Pattern MODELINE = Pattern.compile("#\\s*yaml-language-server:\\s*\\$schema=(\\S+)");
    private static final SchemaValidator SCENARIO = RepositorySchema.scenarios();
    private static final SchemaValidator CONFIG = RepositorySchema.config();

    /** One example: where it is (file, and line of its block) and its text. */
    record Example(String where, Path file, int line, String yaml) {
        @Override
        public String toString() {
            return where;
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        for (String folder : List.of("scenarios", "examples")) {
            if (!Files.isDirectory(REPO.resolve(folder))) continue;
            try (Stream<Path> files = Files.walk(REPO.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.ya?ml"))
                        .filter(p -> !p.toString().contains("/target/")).sorted().toList()) {
                    out.add(new Example(REPO.relativize(f).toString(), f, 1, Files.readString(f)));
                }
            }
        }
        List<Path> docs = new ArrayList<>();
        docs.add(REPO.resolve("README.md"));
        for (String folder : List.of("steps", "docs")) {
            if (!Files.isDirectory(REPO.resolve(folder))) continue;
            try (Stream<Path> files = Files.walk(REPO.resolve(folder), 2)) {
                files.filter(p -> p.toString().endsWith(".md")).filter(p -> !p.toString().contains("/target/"))
                        .sorted().forEach(docs::add);
            }
        }
        for (Path doc : docs) {
            if (!Files.isRegularFile(doc)) continue;
            String text = Files.readString(doc);
            Matcher m = FENCE.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start(1)).lines().count() + 1;
                out.add(new Example(REPO.relativize(doc) + ":" + line, doc, line, m.group(1)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachWholeScenarioOrConfigPassesItsSchema(Example example) {
        Problems yaml = new Problems();
        List<ConfigNode> documents = new YamlLoader().load(SourceFile.of(example.where(), example.yaml()), example.yaml(), yaml);
        boolean scenarioFile = example.line() == 1;
        if (!scenarioFile && !yaml.isEmpty()) return; // a fragment with "..." or a line of shell: not a whole example
        assertThat(yaml.list()).as("YAML of " + example).isEmpty();
        List<String> problems = new ArrayList<>();
        for (ConfigNode doc : documents) {
            if (isScenario(doc)) problems.addAll(SCENARIO.messages(doc));
            else if (isConfig(doc)) problems.addAll(CONFIG.messages(doc));
            else assertThat(scenarioFile).as(example + " is a part of a scenario, not a scenario file").isFalse();
        }
        assertThat(problems).as(example.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aSchemaModelineInAFileNamesTheRightSchema(Example example) {
        Matcher m = MODELINE.matcher(example.yaml());
        // in a document the modeline is relative to where the example would live; only files are checked
        if (example.line() != 1 || !m.find() || m.group(1).startsWith("http")) return;
        Path schema = example.file().getParent().resolve(m.group(1)).normalize();
        String wanted = isConfigFile(example) ? "crosscheck.schema.json" : "scenario.schema.json";
        assertThat(schema).as(example + " names " + m.group(1)).isEqualTo(REPO.resolve("schemas").resolve(wanted));
    }

    private static boolean isConfigFile(Example example) {
        return example.file().getFileName().toString().equals("crosscheck.yaml");
    }

    private static boolean isScenario(ConfigNode doc) {
        return doc.isMap() && doc.entries().containsKey("scenario") && doc.entries().containsKey("steps");
    }

    private static boolean isConfig(ConfigNode doc) {
        return doc.isMap() && !doc.entries().isEmpty() && doc.entries().keySet().stream()
                .allMatch(k -> k.equals("environments") || k.equals("defaults"));
    }
}
